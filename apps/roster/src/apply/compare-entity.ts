import type { RosterEntity } from "@homeroom/contracts"
import type { TransactionSql } from "postgres"
import { EntityFields, EntityTables } from "../roster/entity-fields.js"
import { recordKindSql } from "../roster/record-kinds.js"
import { changeTable } from "./change-tables.js"
import { stagedValue } from "./staged-value.js"
import { stagingTable } from "./staging-tables.js"

/** Records per `roster.changes` event. */
export const EventBatchSize = 500

/**
 * Compares an entity's staged file with the district's current records and keeps the
 * differences in the entity's change table. A record is
 * - created when it is active in the file and the roster has no active row for it
 *   (a record removed earlier that comes back is created again: it rejoins the active
 *   roster, and subscribers that dropped it must add it back);
 * - updated when both are active and its content differs;
 * - removed when it is active in the roster but absent from the file or marked
 *   `tobedeleted` there;
 * - left exactly as it is when the file marks it `held`: its row had errors, and bad
 *   input must never change or remove what the roster holds.
 */
export async function compareEntity(
  sql: TransactionSql,
  entity: RosterEntity,
  districtId: string,
) {
  await sql.unsafe(changesStatement(entity), [districtId])
  await sql.unsafe(changedFieldsStatement(entity), [districtId])
}

/**
 * Creates an entity's change table empty, for a file identical to the one the roster
 * was last built from. The comparison's own statement is used with a false condition,
 * which Postgres settles before reading either side, so the table has the same columns.
 */
export async function noChanges(
  sql: TransactionSql,
  entity: RosterEntity,
  districtId: string,
) {
  await sql.unsafe(`${changesStatement(entity)} and false`, [districtId])
}

/**
 * One pass over both sides, joined on `sourcedId` and comparing digests only. Each
 * change is numbered into its event batch here, on narrow rows, so building the events
 * later needs no sort of the records themselves.
 */
function changesStatement(entity: RosterEntity): string {
  const role = entity === "enrollments" ? ", role" : ""
  return `
    create temp table ${changeTable(entity)} on commit drop as
    select sourced_id, change, existed, kind, null::text[] as changed_fields,
      (row_number() over (partition by change order by sourced_id) - 1)
        / ${EventBatchSize} as batch
    from (
      select coalesce(incoming."sourcedId", existing.sourced_id) as sourced_id,
        case
          when incoming.status = 'active' and existing.status is distinct from 'active'
            then 'created'
          when incoming.status = 'active' and existing.digest <> incoming.digest
            then 'updated'
          when existing.status = 'active'
            and (incoming.status is null or incoming.status = 'tobedeleted')
            then 'removed'
        end as change,
        existing.sourced_id is not null as existed,
        ${recordKindSql(entity, "coalesce(incoming.role, existing.role)")} as kind
      from ${stagingTable(entity)} incoming
      full join (
        select sourced_id, status, digest${role}
        from ${EntityTables[entity]}
        where district_id = $1
      ) existing on existing.sourced_id = incoming."sourcedId"
    ) compared
    where change is not null`
}

/**
 * Names the fields each update changes. A record whose digest differs but whose content
 * does not becomes `unchanged`; `dateLastModified` is listed when it moved along with
 * the content, but never makes an update on its own.
 */
function changedFieldsStatement(entity: RosterEntity): string {
  const table = changeTable(entity)
  const comparisons = EntityFields[entity]
    .filter((field) => !["sourcedId", "status"].includes(field.name))
    .map(
      (field) =>
        `case when existing."${field.column}" is distinct from ${stagedValue(field, "incoming")}
          then '${field.name}' end`,
    )
  return `
    update ${table} target
    set changed_fields = differences.fields,
      change = case
        when cardinality(array_remove(differences.fields, 'dateLastModified')) > 0
          then 'updated'
        else 'unchanged'
      end
    from (
      select incoming."sourcedId" as sourced_id,
        array_remove(array[${comparisons.join(",\n        ")}], null) as fields
      from ${stagingTable(entity)} incoming
      join ${EntityTables[entity]} existing
        on existing.district_id = $1 and existing.sourced_id = incoming."sourcedId"
      where incoming."sourcedId" in (
        select sourced_id from ${table} where change = 'updated'
      )
    ) differences
    where target.sourced_id = differences.sourced_id`
}
