import { ObjectNames, RosterEntities, type RosterEntity } from "@homeroom/contracts"
import type { TransactionSql } from "postgres"
import type { FileSource } from "./load-normalised-file.js"

/** The SHA-256 digest of each of an import's normalised files, as the bucket keeps it. */
export type FileDigests = Readonly<Record<RosterEntity, string | null>>

/** Reads the digests of an import's normalised files; null for a missing file. */
export async function readFileDigests(
  source: FileSource,
  importId: string,
): Promise<FileDigests> {
  const entries = await Promise.all(
    RosterEntities.map(async (entity) => {
      const info = await source.importFiles.info(ObjectNames.normalised(importId, entity))
      return [entity, info && !info.deleted ? info.digest : null] as const
    }),
  )
  return Object.fromEntries(entries) as Record<RosterEntity, string | null>
}

/**
 * The entities whose file is byte for byte the one the district's roster was last built
 * from: applying it again cannot change anything, so it need not be staged or compared.
 */
export async function unchangedEntities(
  sql: TransactionSql,
  districtId: string,
  digests: FileDigests,
): Promise<Set<RosterEntity>> {
  const rows = await sql<{ entity: RosterEntity; digest: string }[]>`
    select entity, digest from applied_files where district_id = ${districtId}`
  return new Set(
    rows.filter((row) => digests[row.entity] === row.digest).map((row) => row.entity),
  )
}

/** Remembers the files an applied import built the roster from. */
export async function rememberAppliedFiles(
  sql: TransactionSql,
  scope: { districtId: string; importId: string },
  digests: FileDigests,
) {
  for (const entity of RosterEntities) {
    const digest = digests[entity]
    if (digest === null) continue
    await sql`
      insert into applied_files (district_id, entity, digest, import_id)
      values (${scope.districtId}, ${entity}, ${digest}, ${scope.importId})
      on conflict (district_id, entity)
      do update set digest = excluded.digest, import_id = excluded.import_id`
  }
}

/** Forgets the district's files once its roster no longer matches them. */
export async function forgetAppliedFiles(sql: TransactionSql, districtId: string) {
  await sql`delete from applied_files where district_id = ${districtId}`
}
