import type { TransactionSql } from "postgres"

/**
 * Gives the apply transaction room for its set-based work: the comparison hashes a
 * whole district's staging tables, and attaching a district's first partition builds
 * its indexes by sorting every row. Should the service die mid-transaction, Postgres
 * notices the lost connection within a second, even inside a long statement, and
 * rolls back, so the redelivered import does not wait for an orphan to finish.
 */
export async function tuneApplyTransaction(sql: TransactionSql) {
  await sql`set local work_mem = '256MB'`
  await sql`set local maintenance_work_mem = '256MB'`
  await sql`set local client_connection_check_interval = '1s'`
}
