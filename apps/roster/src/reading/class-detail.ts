import type { Database } from "@homeroom/service-kit"
import { type SQL, sql } from "drizzle-orm"
import { RosterErrors } from "../errors.js"
import { recordJson, recordPairs } from "../roster/record-json.js"
import type { RosterRecord } from "./list-records.js"
import { readPrepared } from "./prepared-read.js"

/** A teacher of a class, as the class detail lists them. */
export interface ClassTeacher {
  readonly sourcedId: string
  readonly givenName: string
  readonly familyName: string
  readonly email: string | null
  readonly primary: boolean
}

/** A class with its teachers, terms and school. */
export type ClassDetail = RosterRecord & {
  readonly teachers: ClassTeacher[]
  readonly terms: RosterRecord[]
  readonly school: RosterRecord | null
}

/**
 * A class with everything a class page shows, in one query that follows the indexes:
 * the class by its key, its teachers through the enrollments' class index (in the
 * district's partition, which the district id names), its terms through `class_terms`,
 * its school by key. A class of another district is answered like one that does not
 * exist.
 */
export async function findClassDetail(
  database: Database,
  districtId: string,
  sourcedId: string,
): Promise<ClassDetail> {
  const [row] = await readPrepared<{ detail: ClassDetail }>(
    database,
    sql`
    select json_build_object(${sql.raw(recordPairs("classes", "requested"))},
      'teachers', (${teachersOfClass(districtId)}),
      'terms', (${sql.raw(termsOfClass)}),
      'school', (${sql.raw(schoolOfClass)})
    ) as detail
    from classes requested
    where requested.district_id = ${districtId} and requested.sourced_id = ${sourcedId}`,
  )
  if (!row) throw RosterErrors.NOT_FOUND("class", sourcedId)
  return row.detail
}

// Teachers are users with an active teacher enrollment in the class, in alphabetical
// order of family name, then given name. The ICU root collation sorts case and accents
// as people expect, whatever the database's locale.
function teachersOfClass(districtId: string): SQL {
  return sql`
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
    where enrollment.district_id = ${districtId}
      and enrollment.class_sourced_id = requested.sourced_id
      and enrollment.role = 'teacher' and enrollment.status = 'active'`
}

const termsOfClass = `
  select coalesce(json_agg(${recordJson("academicSessions", "term")} order by link.position),
    '[]')
  from class_terms link
  join academic_sessions term
    on term.district_id = link.district_id and term.sourced_id = link.term_sourced_id
  where link.district_id = requested.district_id
    and link.class_sourced_id = requested.sourced_id`

const schoolOfClass = `
  select ${recordJson("orgs", "school")}
  from orgs school
  where school.district_id = requested.district_id
    and school.sourced_id = requested.school_sourced_id`
