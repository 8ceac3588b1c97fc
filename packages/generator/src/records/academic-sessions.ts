import type { Session } from "../model/calendar.js"
import { calendarOf } from "../model/calendar.js"
import type { District } from "../model/district.js"
import type { CsvRecord } from "./csv-record.js"

/** academicSessions.csv: the school year, then its semesters. */
export function* academicSessionRecords(
  district: District,
): Generator<CsvRecord<"academicSessions.csv">> {
  const calendar = calendarOf(district)

  for (const session of [calendar.year, calendar.fall, calendar.spring]) {
    yield sessionRecord(session)
  }
}

function sessionRecord(session: Session): CsvRecord<"academicSessions.csv"> {
  return {
    status: "",
    dateLastModified: "",
    sourcedId: session.sourcedId,
    title: session.title,
    type: session.type,
    startDate: session.startDate,
    endDate: session.endDate,
    parentSourcedId: session.parentSourcedId,
    schoolYear: session.schoolYear,
  }
}
