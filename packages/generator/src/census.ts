import type { RecordKind, UserRole } from "@homeroom/contracts"
import { calendarOf } from "./model/calendar.js"
import { classAt } from "./model/classes.js"
import type { District } from "./model/district.js"
import { guardianCountOf, guardianRoleOf } from "./model/guardians.js"
import { classChoicesOf } from "./model/schedules.js"
import type { School } from "./model/schools.js"
import { schoolsOf } from "./model/schools.js"
import { studentsOn } from "./model/students.js"

/** How many records of each kind a day's export holds, counted from the model. */
export interface Census {
  readonly records: Readonly<Record<RecordKind, number>>
  readonly usersByRole: Readonly<Record<UserRole, number>>
}

/** Counts the records of `day`'s export without writing any of them. */
export function takeCensus(district: District, day: number): Census {
  const usersByRole = staffByRole(district)
  let teacherEnrollments = 0
  let studentEnrollments = 0

  for (const school of schoolsOf(district)) {
    teacherEnrollments += teacherEnrollmentsOf(district, school)
    studentEnrollments += countStudents(district, school, day, usersByRole)
  }

  const users = Object.values(usersByRole).reduce((sum, count) => sum + count, 0)
  const records = {
    orgs: 1 + district.schools,
    academicSessions: 3,
    users,
    classes: district.schools * district.classesPerSchool,
    teacherEnrollments,
    studentEnrollments,
  }

  return { records, usersByRole }
}

// Students and guardians are counted in later, school by school.
function staffByRole(district: District): Record<UserRole, number> {
  const administrators =
    district.districtAdministrators + district.schools * district.administratorsPerSchool

  return {
    administrator: administrators,
    aide: 0,
    guardian: 0,
    parent: 0,
    proctor: 0,
    relative: 0,
    student: 0,
    teacher: district.schools * district.teachersPerSchool,
  }
}

function teacherEnrollmentsOf(district: District, school: School): number {
  const calendar = calendarOf(district)
  let count = 0

  for (let index = 0; index < district.classesPerSchool; index += 1) {
    count += classAt(district, school, index, calendar).teachers.length
  }

  return count
}

// Counts the school's students and their guardians into `usersByRole` and answers
// the students' enrollments.
function countStudents(
  district: District,
  school: School,
  day: number,
  usersByRole: Record<UserRole, number>,
): number {
  let enrollments = 0

  for (const { number } of studentsOn(district, school, day)) {
    usersByRole.student += 1
    for (
      let member = 0;
      member < guardianCountOf(district, school.index, number);
      member += 1
    ) {
      usersByRole[guardianRoleOf(district, school.index, number, member)] += 1
    }
    enrollments += classChoicesOf(district, school, number).length
  }

  return enrollments
}
