import type { RosterEntity } from "@homeroom/contracts"

/**
 * SQL for the schools a record belongs to, as a text array: a school org is its own
 * school, a user belongs to its orgs, a class and an enrollment to their school, and an
 * academic session to none. `staged` says whether `qualifier` is a staging row (file
 * names, text values) or a stored row (column names).
 */
export function recordSchools(
  entity: RosterEntity,
  qualifier: string,
  staged: boolean,
): string {
  const column = (name: string, stored: string) =>
    staged ? `${qualifier}."${name}"` : `${qualifier}.${stored}`
  switch (entity) {
    case "orgs":
      return `case when ${column("type", "type")} = 'school'
        then array[${column("sourcedId", "sourced_id")}]::text[] else '{}'::text[] end`
    case "academicSessions":
      return `'{}'::text[]`
    case "users":
      return staged
        ? `coalesce(string_to_array(${qualifier}."orgSourcedIds", ','), '{}')`
        : `${qualifier}.org_sourced_ids`
    case "classes":
    case "enrollments":
      return `array[${column("schoolSourcedId", "school_sourced_id")}]::text[]`
  }
}
