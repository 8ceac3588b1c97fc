import type { TransactionSql } from "postgres"

/**
 * Holds the district's roster lock until the transaction ends, so two imports of one
 * district never compare or apply at the same time; other districts are not held up.
 */
export async function lockDistrictRoster(sql: TransactionSql, districtId: string) {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`homeroom-roster:${districtId}`}, 0))`
}
