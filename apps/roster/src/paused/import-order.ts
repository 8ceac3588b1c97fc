import type { TransactionSql } from "postgres"

/**
 * The district's most recently applied import, the roster's version: a paused import
 * remembers it, and an approval compares it with the one current then.
 */
export async function lastAppliedImport(
  sql: TransactionSql,
  districtId: string,
): Promise<string | null> {
  const [row] = await sql<{ id: string }[]>`
    select id from imports
    where district_id = ${districtId} and status = 'applied'
    order by updated_at desc, id
    limit 1`
  return row?.id ?? null
}

/**
 * Whether an import of the district received after this one was applied already: an
 * older bundle must then never be applied over it.
 */
export async function newerImportApplied(
  sql: TransactionSql,
  scope: { districtId: string; importId: string },
): Promise<boolean> {
  const [row] = await sql<{ newer: boolean }[]>`
    select exists (
      select 1 from imports newer, imports this
      where this.id = ${scope.importId}
        and newer.district_id = ${scope.districtId}
        and newer.status = 'applied'
        and newer.received_at > this.received_at
    ) as newer`
  return row?.newer === true
}

/** The district's paused imports received before this one, oldest first. */
export async function olderPausedImports(
  sql: TransactionSql,
  scope: { districtId: string; importId: string },
): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    select older.id from imports older, imports this
    where this.id = ${scope.importId}
      and older.district_id = ${scope.districtId}
      and older.status = 'paused'
      and older.received_at < this.received_at
    order by older.received_at, older.id`
  return rows.map((row) => row.id)
}
