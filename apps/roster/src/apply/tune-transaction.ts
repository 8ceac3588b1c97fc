import type { TransactionSql } from "postgres"

/**
 * Gives the apply transaction room for its set-based work: the comparison hashes a
 * whole district's staging tables, and attaching a district's first partition builds
 * its indexes by sorting every row.
 */
export async function tuneApplyTransaction(sql: TransactionSql) {
  await sql`set local work_mem = '256MB'`
  await sql`set local maintenance_work_mem = '256MB'`
}
