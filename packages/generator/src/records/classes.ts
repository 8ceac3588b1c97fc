import { calendarOf } from "../model/calendar.js"
import type { SchoolClass } from "../model/classes.js"
import { classAt } from "../model/classes.js"
import type { District } from "../model/district.js"
import { schoolsOf } from "../model/schools.js"
import type { CsvRecord } from "./csv-record.js"
import { listOf } from "./csv-record.js"

/** classes.csv: every school's classes, school by school. */
export function* classRecords(district: District): Generator<CsvRecord<"classes.csv">> {
  const calendar = calendarOf(district)

  for (const school of schoolsOf(district)) {
    for (let index = 0; index < district.classesPerSchool; index += 1) {
      yield classRecord(classAt(district, school, index, calendar))
    }
  }
}

function classRecord(schoolClass: SchoolClass): CsvRecord<"classes.csv"> {
  return {
    status: "",
    dateLastModified: "",
    sourcedId: schoolClass.sourcedId,
    title: schoolClass.title,
    grades: schoolClass.grade,
    courseSourcedId: schoolClass.courseSourcedId,
    classCode: schoolClass.classCode,
    classType: schoolClass.classType,
    location: schoolClass.location,
    schoolSourcedId: schoolClass.school.sourcedId,
    termSourcedIds: listOf(schoolClass.terms.map((term) => term.sourcedId)),
    subjects: schoolClass.subject.name,
    subjectCodes: "",
    periods: String(schoolClass.period + 1),
  }
}
