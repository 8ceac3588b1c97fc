import { RosterEntities, type RosterEntity } from "@homeroom/contracts"
import type { TransactionSql } from "postgres"
import { changeTable } from "../apply/change-tables.js"
import { stagingTable } from "../apply/staging-tables.js"
import { EntityTables } from "../roster/entity-fields.js"
import { recordJson } from "../roster/record-json.js"
import { recordSchools } from "./record-schools.js"
import { stagedRecordJson } from "./staged-record-json.js"

/** Where a paused import's change set comes from and what it was compared with. */
export interface ChangeSetScope {
  readonly districtId: string
  readonly importId: string
  /** The district's last applied import when the comparison ran; null before any. */
  readonly comparedWithImportId: string | null
}

/**
 * Keeps the compared changes of an import that is being paused, from the change and
 * staging tables of the open transaction: parents first, then created, updated and
 * removed, each in `sourcedId` order; `position` numbers them across entities.
 */
export async function keepChangeSet(sql: TransactionSql, scope: ChangeSetScope) {
  await sql`
    insert into paused_imports (import_id, district_id, compared_with_import_id)
    values (${scope.importId}, ${scope.districtId}, ${scope.comparedWithImportId})`

  let kept = 0
  for (const entity of RosterEntities) {
    const rows = await sql.unsafe(keepStatement(entity), [
      scope.districtId,
      scope.importId,
      kept,
    ])
    kept += rows.count
  }
}

/** Forgets an import's change set, once it is decided or superseded. */
export async function forgetChangeSet(sql: TransactionSql, importId: string) {
  await sql`delete from import_changes where import_id = ${importId}`
  await sql`delete from paused_imports where import_id = ${importId}`
}

/** The roster an import's kept change set was compared with, or undefined if none is kept. */
export async function keptComparison(
  sql: TransactionSql,
  importId: string,
): Promise<{ comparedWithImportId: string | null } | undefined> {
  const [row] = await sql<{ comparedWithImportId: string | null }[]>`
    select compared_with_import_id as "comparedWithImportId"
    from paused_imports where import_id = ${importId}`
  return row
}

function keepStatement(entity: RosterEntity): string {
  const existing = recordJson(entity, "existing")
  return `
    insert into import_changes (import_id, position, district_id, entity, kind, change,
      sourced_id, schools, record, previous, changed_fields)
    select $2, $3 + row_number() over (
        order by array_position(array['created', 'updated', 'removed'], compared.change),
          compared.sourced_id),
      $1, '${entity}', compared.kind, compared.change, compared.sourced_id,
      case when compared.change = 'removed'
        then ${recordSchools(entity, "existing", false)}
        else ${recordSchools(entity, "incoming", true)} end,
      case when compared.change = 'removed'
        then to_jsonb(${existing})
        else ${stagedRecordJson(entity, "incoming")} end,
      case when compared.change = 'updated' then (
        select jsonb_object_agg(field.key, field.value)
        from jsonb_each(to_jsonb(${existing})) field
        where field.key = any(compared.changed_fields)
      ) end,
      case when compared.change = 'updated' then compared.changed_fields end
    from ${changeTable(entity)} compared
    left join ${stagingTable(entity)} incoming on incoming."sourcedId" = compared.sourced_id
    left join ${EntityTables[entity]} existing
      on existing.district_id = $1 and existing.sourced_id = compared.sourced_id
    where compared.change in ('created', 'updated', 'removed')`
}
