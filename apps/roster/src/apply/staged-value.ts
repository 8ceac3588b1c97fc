import type { EntityField } from "../roster/entity-fields.js"

/**
 * SQL for a field's typed value, read from a staging row (`qualifier`) where every
 * value is still the text of the normalised file. An empty list is `{}`.
 */
export function stagedValue(field: EntityField, qualifier: string): string {
  const text = `${qualifier}."${field.name}"`
  switch (field.type) {
    case "text":
      return text
    case "list":
      return `coalesce(string_to_array(${text}, ','), '{}')`
    case "boolean":
      return `${text}::boolean`
    case "date":
      return `${text}::date`
    case "dateTime":
      return `${text}::timestamptz`
    case "json":
      return `${text}::jsonb`
  }
}
