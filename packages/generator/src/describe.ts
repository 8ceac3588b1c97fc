import type { RecordKind, RequiredFileName, UserRole } from "@homeroom/contracts"
import { takeCensus } from "./census.js"
import { calendarOf } from "./model/calendar.js"
import { classAt, isCoTaught } from "./model/classes.js"
import { resolveDistrict } from "./model/district.js"
import { districtOrgOf, schoolAt, schoolsOf } from "./model/schools.js"
import { parseClassSourcedId, SourcedIds } from "./model/sourced-ids.js"
import { teacherAt } from "./model/staff.js"
import type { DistrictOptions } from "./options.js"

/** An org of the district: its sourcedId and name. */
export interface OrgSummary {
  readonly sourcedId: string
  readonly name: string
}

/** What a day's export holds, counted from the model rather than read from a bundle. */
export interface DistrictDescription {
  /** The day described. */
  readonly day: number
  readonly district: OrgSummary
  readonly schools: readonly OrgSummary[]
  /** Data rows of each file, headers not counted. */
  readonly rows: Readonly<Record<RequiredFileName, number>>
  /** Records of each kind, enrollments split into teacher and student enrollments. */
  readonly records: Readonly<Record<RecordKind, number>>
  /** Users of each role; roles the generator never writes count 0. */
  readonly usersByRole: Readonly<Record<UserRole, number>>
}

/** One teacher of a class, as users.csv and enrollments.csv give them. */
export interface ClassTeacher {
  readonly sourcedId: string
  readonly givenName: string
  readonly familyName: string
  /** Empty when the teacher has none. */
  readonly middleName: string
  /** Whether the enrollment marks the teacher as the class's primary teacher. */
  readonly primary: boolean
}

/** Describes the export `generateBundle` writes for the same options. */
export function describeDistrict(options: DistrictOptions = {}): DistrictDescription {
  const district = resolveDistrict(options)
  const { records, usersByRole } = takeCensus(district, district.day)
  const org = districtOrgOf(district)

  return {
    day: district.day,
    district: { sourcedId: org.sourcedId, name: org.name },
    schools: schoolsOf(district).map(({ sourcedId, name }) => ({ sourcedId, name })),
    rows: {
      "academicSessions.csv": records.academicSessions,
      "orgs.csv": records.orgs,
      "users.csv": records.users,
      "classes.csv": records.classes,
      "enrollments.csv": records.teacherEnrollments + records.studentEnrollments,
    },
    records,
    usersByRole,
  }
}

/**
 * The teachers of a class in the order its enrollments list them: the primary teacher
 * first, then the co-teachers. Sorting them is left to the caller, so a test can check
 * that the platform does it. Throws a `RangeError` for a sourcedId that is no class of
 * the district.
 */
export function teachersOfClass(
  options: DistrictOptions,
  classSourcedId: string,
): ClassTeacher[] {
  const district = resolveDistrict(options)
  const parsed = parseClassSourcedId(classSourcedId)
  if (
    parsed === undefined ||
    parsed.school >= district.schools ||
    parsed.index >= district.classesPerSchool
  ) {
    throw new RangeError(`${classSourcedId} is not a class of this district`)
  }

  const school = schoolAt(district, parsed.school)
  const schoolClass = classAt(district, school, parsed.index, calendarOf(district))
  const domain = districtOrgOf(district).emailDomain

  return schoolClass.teachers.map((teacher, slot) => {
    const { sourcedId, name } = teacherAt(district, school, teacher, domain)
    return { sourcedId, ...name, primary: slot === 0 }
  })
}

/** The sourcedIds of every class taught by more than one teacher, in file order. */
export function coTaughtClassSourcedIds(options: DistrictOptions = {}): string[] {
  const district = resolveDistrict(options)
  const sourcedIds: string[] = []

  for (let school = 0; school < district.schools; school += 1) {
    for (let index = 0; index < district.classesPerSchool; index += 1) {
      if (isCoTaught(district, school, index))
        sourcedIds.push(SourcedIds.class(school, index))
    }
  }

  return sourcedIds
}
