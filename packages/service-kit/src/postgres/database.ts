import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js"
import postgres, { type Sql } from "postgres"

/** The database handle services use: drizzle for queries, `$client` for raw SQL and COPY. */
export type Database = PostgresJsDatabase<Record<string, never>> & { $client: Sql }

/** Options of {@link openDatabase}. */
export interface DatabaseOptions {
  /** Most connections this copy of the service opens. */
  readonly maxConnections?: number
  /** Shown in `pg_stat_activity`, to tell services apart. */
  readonly applicationName: string
}

/**
 * Opens a connection pool. postgres.js connects lazily and reconnects on the next query
 * after a failure, so a database restart heals without restarting the service.
 */
export function openDatabase(url: string, options: DatabaseOptions): Database {
  const client = postgres(url, {
    max: options.maxConnections ?? 10,
    onnotice: () => {},
    connection: { application_name: options.applicationName },
  })
  return drizzle(client)
}

/** Readiness: the database answers a trivial query. */
export async function pingDatabase(database: Database): Promise<void> {
  await database.$client`select 1`
}

/** Closes the pool, letting running queries finish for at most `timeoutSeconds`. */
export async function closeDatabase(database: Database, timeoutSeconds: number) {
  await database.$client.end({ timeout: timeoutSeconds })
}
