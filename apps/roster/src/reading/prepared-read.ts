import type { Database } from "@homeroom/service-kit"
import type { SQL } from "drizzle-orm"
import { PgDialect } from "drizzle-orm/pg-core"

const dialect = new PgDialect()

/**
 * Runs a read as a prepared statement, which postgres.js keeps on each connection under
 * the statement's text. drizzle sends its queries unprepared, so Postgres planned every
 * request anew: the class detail took longer to plan than to run (0.6 ms against
 * 0.3 ms on the large district). The reads have a handful of shapes, so each connection
 * keeps a handful of statements.
 */
export async function readPrepared<Row extends object>(
  database: Database,
  query: SQL,
): Promise<Row[]> {
  const { sql, params } = dialect.sqlToQuery(query)
  return database.$client.unsafe<Row[]>(sql, params as never[], { prepare: true })
}
