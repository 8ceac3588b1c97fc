import type { Executor } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import { PostgresJsSession } from "drizzle-orm/postgres-js"
import type { TransactionSql } from "postgres"

/**
 * One transaction seen two ways: `records` for drizzle queries and the shared records'
 * helpers (such as `transitionImport`), `sql` for raw statements and `COPY` streams.
 */
export interface RosterTransaction {
  readonly records: Executor & Pick<Database, "select">
  readonly sql: TransactionSql
}

/**
 * Runs `work` in one transaction. drizzle opens it; its postgres.js transaction is
 * taken from drizzle's session, because `COPY` streams exist only on postgres.js.
 */
export async function inTransaction<Result>(
  database: Database,
  work: (transaction: RosterTransaction) => Promise<Result>,
): Promise<Result> {
  return database.transaction(async (records) => {
    const session = records._.session
    if (!(session instanceof PostgresJsSession)) {
      throw new Error("the roster needs drizzle's postgres.js driver")
    }
    const sql: TransactionSql = session.client
    return work({ records, sql })
  })
}
