import type { EnrollmentRole } from "@homeroom/contracts"
import { calendarOf } from "../model/calendar.js"
import type { SchoolClass } from "../model/classes.js"
import { classAt } from "../model/classes.js"
import type { District } from "../model/district.js"
import { classChoicesOf } from "../model/schedules.js"
import type { School } from "../model/schools.js"
import { schoolsOf } from "../model/schools.js"
import { SourcedIds } from "../model/sourced-ids.js"
import { studentsOn } from "../model/students.js"
import type { CsvRecord } from "./csv-record.js"

/**
 * enrollments.csv, school by school: each class's teachers (primary first), then each
 * present student's classes.
 */
export function* enrollmentRecords(
  district: District,
): Generator<CsvRecord<"enrollments.csv">> {
  const calendar = calendarOf(district)

  for (const school of schoolsOf(district)) {
    const classes = Array.from({ length: district.classesPerSchool }, (_, index) =>
      classAt(district, school, index, calendar),
    )

    for (const schoolClass of classes) yield* teacherEnrollmentRecords(schoolClass)
    yield* studentEnrollmentRecords(district, school, classes)
  }
}

function* teacherEnrollmentRecords(
  schoolClass: SchoolClass,
): Generator<CsvRecord<"enrollments.csv">> {
  const { school, index } = schoolClass

  for (const [slot, teacher] of schoolClass.teachers.entries()) {
    yield enrollmentRecord(
      schoolClass,
      SourcedIds.teacherEnrollment(school.index, index, teacher),
      SourcedIds.teacher(school.index, teacher),
      "teacher",
      String(slot === 0),
    )
  }
}

function* studentEnrollmentRecords(
  district: District,
  school: School,
  classes: readonly SchoolClass[],
): Generator<CsvRecord<"enrollments.csv">> {
  for (const student of studentsOn(district, school, district.day)) {
    const userSourcedId = SourcedIds.student(school.index, student.number)

    for (const choice of classChoicesOf(district, school, student.number)) {
      yield enrollmentRecord(
        classes[choice.classIndex] as SchoolClass,
        SourcedIds.studentEnrollment(school.index, student.number, choice.period),
        userSourcedId,
        "student",
        "",
      )
    }
  }
}

// The dates follow the class's terms; `primary` is for teachers only, blank for students.
function enrollmentRecord(
  schoolClass: SchoolClass,
  sourcedId: string,
  userSourcedId: string,
  role: EnrollmentRole,
  primary: string,
): CsvRecord<"enrollments.csv"> {
  const terms = schoolClass.terms

  return {
    sourcedId,
    status: "",
    dateLastModified: "",
    classSourcedId: schoolClass.sourcedId,
    schoolSourcedId: schoolClass.school.sourcedId,
    userSourcedId,
    role,
    primary,
    beginDate: terms[0]?.startDate ?? "",
    endDate: terms[terms.length - 1]?.endDate ?? "",
  }
}
