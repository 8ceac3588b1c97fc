import type { RosterEntity } from "@homeroom/contracts"
import { EntityTables } from "../roster/entity-fields.js"

/**
 * What an import does to one record, as the change tables hold it. `unchanged` marks a
 * record whose digest differs while none of its values do (the digest's definition
 * changed since it was stored); only its digest is refreshed.
 */
export type RecordChange = "created" | "updated" | "removed" | "unchanged"

/**
 * The temporary table holding the records of an entity that the import changes: one
 * row per record with its change, whether a row existed before, the kind it counts as,
 * the fields an update changes and its event batch. Dropped when the transaction ends.
 */
export function changeTable(entity: RosterEntity): string {
  return `changes_${EntityTables[entity]}`
}
