import { NormalisedColumns } from "@homeroom/contracts"

type Entity = keyof typeof NormalisedColumns

/**
 * The SQL the roster's read routes send, written out once more by hand, so that the
 * floor server runs the same query without the roster's code around it. The package's
 * test checks that both answer alike; a change to the roster's answers shows there.
 */
export const ClassDetailQuery = `
  select json_build_object(${recordPairs("classes", "requested")},
    'teachers', (
      select coalesce(json_agg(json_build_object(
          'sourcedId', teacher.sourced_id,
          'givenName', teacher.given_name,
          'familyName', teacher.family_name,
          'email', teacher.email,
          'primary', coalesce(enrollment."primary", false))
        order by teacher.family_name collate "und-x-icu",
          teacher.given_name collate "und-x-icu", teacher.sourced_id), '[]')
      from enrollments enrollment
      join users teacher
        on teacher.district_id = enrollment.district_id
        and teacher.sourced_id = enrollment.user_sourced_id
      where enrollment.district_id = $1
        and enrollment.class_sourced_id = requested.sourced_id
        and enrollment.role = 'teacher' and enrollment.status = 'active'),
    'terms', (
      select coalesce(json_agg(${recordJson("academicSessions", "term")} order by link.position), '[]')
      from class_terms link
      join academic_sessions term
        on term.district_id = link.district_id and term.sourced_id = link.term_sourced_id
      where link.district_id = requested.district_id
        and link.class_sourced_id = requested.sourced_id),
    'school', (
      select ${recordJson("orgs", "school")}
      from orgs school
      where school.district_id = requested.district_id
        and school.sourced_id = requested.school_sourced_id)
  ) as detail
  from classes requested
  where requested.district_id = $1 and requested.sourced_id = $2`

/** A page of active users after a `sourcedId` (`''` for the first page), one row extra. */
export const UserPageQuery = `
  select sourced_id as "sourcedId", ${recordJson("users", "listed")} as record
  from users listed
  where listed.district_id = $1 and listed.status = 'active' and listed.sourced_id > $2
  order by listed.sourced_id
  limit $3`

function recordJson(entity: Entity, qualifier: string): string {
  return `json_build_object(${recordPairs(entity, qualifier)})`
}

function recordPairs(entity: Entity, qualifier: string): string {
  return NormalisedColumns[entity]
    .map((name) => `'${name}', ${shownValue(name, `${qualifier}."${columnOf(name)}"`)}`)
    .join(", ")
}

function shownValue(name: string, column: string): string {
  return name === "dateLastModified"
    ? `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    : column
}

function columnOf(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
}
