import type { RosterEntity } from "@homeroom/contracts"
import type { TransactionSql } from "postgres"
import { EntityTables } from "../roster/entity-fields.js"
import { changeTable } from "./change-tables.js"
import {
  hasPartition,
  loadNewPartition,
  PartitionedEntities,
} from "./district-partition.js"
import { stagedValue } from "./staged-value.js"
import { stagingTable } from "./staging-tables.js"
import { valueFields } from "./value-fields.js"

/**
 * Applies an entity's compared changes: inserts new records, rewrites updated and
 * returning ones, marks removed ones `tobedeleted` (the row and its history stay) and
 * refreshes stale digests. `$1` is the district, `$2` the import. A district's first
 * records of a partitioned entity are loaded into a partition of their own instead.
 */
export async function writeChanges(
  sql: TransactionSql,
  entity: RosterEntity,
  districtId: string,
  importId: string,
) {
  if (
    PartitionedEntities.includes(entity) &&
    !(await hasPartition(sql, entity, districtId))
  ) {
    await loadNewPartition(sql, entity, { districtId, importId })
    return
  }

  const parameters = [districtId, importId]
  await sql.unsafe(insertStatement(entity), parameters)
  await sql.unsafe(rewriteStatement(entity), parameters)
  await sql.unsafe(removeStatement(entity), parameters)
  await sql.unsafe(refreshDigestStatement(entity), [districtId])
}

/** New rows go in `sourcedId` order, so the primary key grows at its right edge. */
function insertStatement(entity: RosterEntity): string {
  const fields = valueFields(entity)
  return `
    insert into ${EntityTables[entity]} (district_id, sourced_id, status,
      ${fields.map((field) => `"${field.column}"`).join(", ")}, digest, last_import_id)
    select $1, incoming."sourcedId", 'active',
      ${fields.map((field) => stagedValue(field, "incoming")).join(", ")},
      incoming.digest, $2
    from ${stagingTable(entity)} incoming
    join ${changeTable(entity)} compared on compared.sourced_id = incoming."sourcedId"
    where compared.change = 'created' and not compared.existed
    order by incoming."sourcedId"`
}

function rewriteStatement(entity: RosterEntity): string {
  const assignments = valueFields(entity).map(
    (field) => `"${field.column}" = ${stagedValue(field, "incoming")}`,
  )
  return `
    update ${EntityTables[entity]} existing
    set status = 'active', ${assignments.join(", ")},
      digest = incoming.digest, updated_at = now(), last_import_id = $2
    from ${stagingTable(entity)} incoming
    join ${changeTable(entity)} compared on compared.sourced_id = incoming."sourcedId"
    where existing.district_id = $1 and existing.sourced_id = compared.sourced_id
      and (compared.change = 'updated' or (compared.change = 'created' and compared.existed))`
}

function removeStatement(entity: RosterEntity): string {
  return `
    update ${EntityTables[entity]} existing
    set status = 'tobedeleted', updated_at = now(), last_import_id = $2
    from ${changeTable(entity)} compared
    where existing.district_id = $1 and existing.sourced_id = compared.sourced_id
      and compared.change = 'removed'`
}

function refreshDigestStatement(entity: RosterEntity): string {
  return `
    update ${EntityTables[entity]} existing
    set digest = incoming.digest
    from ${stagingTable(entity)} incoming
    join ${changeTable(entity)} compared on compared.sourced_id = incoming."sourcedId"
    where existing.district_id = $1 and existing.sourced_id = compared.sourced_id
      and compared.change = 'unchanged'`
}
