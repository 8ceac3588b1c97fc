import type { RosterEntity } from "@homeroom/contracts"
import { type EntityField, EntityFields } from "../roster/entity-fields.js"

/**
 * The fields an import writes from the file: all but `sourcedId`, which is the key,
 * and `status`, which the import decides.
 */
export function valueFields(entity: RosterEntity): readonly EntityField[] {
  return EntityFields[entity].filter(
    (field) => field.name !== "sourcedId" && field.name !== "status",
  )
}
