import type { RosterEntity } from "@homeroom/contracts"
import type { TransactionSql } from "postgres"
import { EntityTables } from "../roster/entity-fields.js"
import { stagedValue } from "./staged-value.js"
import { stagingTable } from "./staging-tables.js"
import { valueFields } from "./value-fields.js"

/** Entities whose table is partitioned by district (see the migrations). */
export const PartitionedEntities: readonly RosterEntity[] = ["users", "enrollments"]

/** The partition holding one district's records of an entity. */
export function partitionName(entity: RosterEntity, districtId: string): string {
  return `${EntityTables[entity]}_${checkedDistrictId(districtId).replaceAll("-", "")}`
}

/** Whether the district already has a partition of the entity's table. */
export async function hasPartition(
  sql: TransactionSql,
  entity: RosterEntity,
  districtId: string,
): Promise<boolean> {
  const [row] = await sql`
    select to_regclass(${partitionName(entity, districtId)}) is not null as present`
  return row?.["present"] === true
}

/**
 * Loads a district's first records of an entity into a new table without indexes,
 * then attaches it as the district's partition, which builds each index in one sorted
 * pass instead of row by row, so the rows go in unsorted. The check constraint lets the
 * attach skip scanning the table. Attaching holds a lock on the parent table that only
 * other attaches wait for, so districts importing for the first time at once take
 * turns at this step.
 */
export async function loadNewPartition(
  sql: TransactionSql,
  entity: RosterEntity,
  scope: { districtId: string; importId: string },
) {
  const table = EntityTables[entity]
  const partition = partitionName(entity, scope.districtId)
  const district = `'${checkedDistrictId(scope.districtId)}'`

  await sql.unsafe(`
    create table ${partition} (like ${table} including defaults,
      constraint ${partition}_district check (district_id = ${district}))
    with (fillfactor = 90)`)
  await sql.unsafe(insertStatement(entity, partition), [scope.districtId, scope.importId])
  await sql.unsafe(
    `alter table ${table} attach partition ${partition} for values in (${district})`,
  )
  await sql.unsafe(`analyze ${partition}`)
}

function insertStatement(entity: RosterEntity, partition: string): string {
  const fields = valueFields(entity)
  return `
    insert into ${partition} (district_id, sourced_id, status,
      ${fields.map((field) => `"${field.column}"`).join(", ")}, digest, last_import_id)
    select $1, incoming."sourcedId", 'active',
      ${fields.map((field) => stagedValue(field, "incoming")).join(", ")},
      incoming.digest, $2
    from ${stagingTable(entity)} incoming
    where incoming.status = 'active'`
}

/** DDL takes no parameters: a district id is checked to be a uuid before it goes in. */
function checkedDistrictId(districtId: string): string {
  if (
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(districtId)
  ) {
    throw new Error(`not a district id: ${districtId}`)
  }
  return districtId
}
