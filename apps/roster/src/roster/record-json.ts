import type { RosterEntity } from "@homeroom/contracts"
import { type EntityField, EntityFields } from "./entity-fields.js"

/**
 * SQL for a record as the REST API shows it, read from a row of the entity's table
 * (`qualifier` names that row): OneRoster field names, lists as arrays, booleans as
 * booleans, dates as `YYYY-MM-DD` and `dateLastModified` as `YYYY-MM-DDTHH:MM:SS.sssZ`.
 * Events use the same SQL, so an event shows a record exactly as a read would.
 */
export function recordJson(entity: RosterEntity, qualifier: string): string {
  return `json_build_object(${recordPairs(entity, qualifier)})`
}

/**
 * The `'name', value` pairs of {@link recordJson}, for a `json_build_object` that adds
 * more, such as a class's teachers.
 */
export function recordPairs(entity: RosterEntity, qualifier: string): string {
  return EntityFields[entity]
    .map(
      (field) =>
        `'${field.name}', ${shownValue(field, `${qualifier}."${field.column}"`)}`,
    )
    .join(", ")
}

/** SQL for a `timestamptz` in the platform's ISO 8601 form, in UTC. */
export function isoTimestamp(value: string): string {
  return `to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
}

// A date needs no formatting: JSON shows dates as YYYY-MM-DD whatever the DateStyle.
function shownValue(field: EntityField, column: string): string {
  return field.type === "dateTime" ? isoTimestamp(column) : column
}
