import type { RosterEntity } from "@homeroom/contracts"
import { stagedValue } from "../apply/staged-value.js"
import { EntityFields } from "../roster/entity-fields.js"
import { isoTimestamp } from "../roster/record-json.js"

/**
 * SQL for a staged record as the REST API would show it once applied: the same names
 * and types as `recordJson` gives a stored record, so a reviewer compares like with like.
 */
export function stagedRecordJson(entity: RosterEntity, qualifier: string): string {
  const pairs = EntityFields[entity].map((field) => {
    const value = stagedValue(field, qualifier)
    return `'${field.name}', ${field.type === "dateTime" ? isoTimestamp(value) : value}`
  })
  return `jsonb_build_object(${pairs.join(", ")})`
}
