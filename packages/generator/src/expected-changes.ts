import type { ChangeSummary } from "@homeroom/contracts"
import { ColumnsByFile } from "@homeroom/contracts"
import { takeCensus } from "./census.js"
import type { District } from "./model/district.js"
import { resolveDistrict } from "./model/district.js"
import { guardianCountOf, guardianSourcedIdsOf } from "./model/guardians.js"
import { classChoicesOf } from "./model/schedules.js"
import type { School } from "./model/schools.js"
import { districtOrgOf, schoolsOf } from "./model/schools.js"
import type { PresentStudent, StudentState } from "./model/students.js"
import { studentPerson, studentStateOn } from "./model/students.js"
import type { DistrictOptions } from "./options.js"
import type { CsvRecord } from "./records/csv-record.js"
import { userRecordOf } from "./records/users.js"

const UserHeaders = ColumnsByFile["users.csv"].map((column) => column.name)

interface Tally {
  created: number
  updated: number
  removed: number
}

/**
 * The changes an importer should find between the exports of `fromDay` and `toDay`
 * (usually the next day), counted from the model, not by comparing files. `existing`
 * is the count of each kind on `fromDay`. Only students move: a leaver's row, its
 * guardians' rows and its enrollments are removed, an arrival's are created, and a
 * staying student whose grade, email or username changed is updated; orgs, sessions,
 * classes, staff and teacher enrollments stay as they are. The options' own `day` is
 * ignored.
 */
export function expectedChanges(
  options: DistrictOptions,
  fromDay: number,
  toDay: number,
): ChangeSummary {
  checkDay("fromDay", fromDay)
  checkDay("toDay", toDay)

  const district = resolveDistrict({ ...options, day: Math.max(fromDay, toDay) })
  const users = emptyTally()
  const studentEnrollments = emptyTally()

  for (const school of schoolsOf(district)) {
    compareSchool(district, school, [fromDay, toDay], users, studentEnrollments)
  }

  return summaryOf(district, fromDay, users, studentEnrollments)
}

function compareSchool(
  district: District,
  school: School,
  [fromDay, toDay]: readonly [number, number],
  users: Tally,
  studentEnrollments: Tally,
): void {
  const issued = district.issuedStudents[school.index]?.[district.day] ?? 0
  const domain = districtOrgOf(district).emailDomain

  for (let number = 0; number < issued; number += 1) {
    const before = studentStateOn(district, school, number, fromDay)
    const after = studentStateOn(district, school, number, toDay)
    if (before === undefined && after === undefined) continue

    const people = 1 + guardianCountOf(district, school.index, number)
    const enrollments = classChoicesOf(district, school, number).length

    if (before === undefined) {
      users.created += people
      studentEnrollments.created += enrollments
    } else if (after === undefined) {
      users.removed += people
      studentEnrollments.removed += enrollments
    } else if (rowChanged(district, school, number, [before, after], domain)) {
      users.updated += 1
    }
  }
}

// Compares the student's users.csv row as written on each day: guardians and
// enrollments depend on the student's identity only, so they cannot change.
function rowChanged(
  district: District,
  school: School,
  number: number,
  [before, after]: readonly [StudentState, StudentState],
  domain: string,
): boolean {
  const first = studentRecord(district, school, { number, state: before }, domain)
  const second = studentRecord(district, school, { number, state: after }, domain)

  return UserHeaders.some((header) => first[header] !== second[header])
}

function studentRecord(
  district: District,
  school: School,
  student: PresentStudent,
  domain: string,
): CsvRecord<"users.csv"> {
  const guardians = guardianSourcedIdsOf(district, school.index, student.number)

  return userRecordOf(
    district,
    studentPerson(district, school, student, guardians, domain),
  )
}

function summaryOf(
  district: District,
  fromDay: number,
  users: Tally,
  studentEnrollments: Tally,
): ChangeSummary {
  const existing = takeCensus(district, fromDay).records
  const unchanged = (count: number) => ({ ...emptyTally(), existing: count })

  return {
    orgs: unchanged(existing.orgs),
    academicSessions: unchanged(existing.academicSessions),
    users: { ...users, existing: existing.users },
    classes: unchanged(existing.classes),
    teacherEnrollments: unchanged(existing.teacherEnrollments),
    studentEnrollments: { ...studentEnrollments, existing: existing.studentEnrollments },
  }
}

function emptyTally(): Tally {
  return { created: 0, updated: 0, removed: 0 }
}

function checkDay(name: string, day: number): void {
  if (!Number.isSafeInteger(day) || day < 0) {
    throw new RangeError(`${name} must be a whole number from 0`)
  }
}
