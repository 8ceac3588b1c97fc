import type { SessionType } from "@homeroom/contracts"
import type { District } from "./district.js"

/** One academic session of the district's calendar. */
export interface Session {
  readonly sourcedId: string
  readonly title: string
  readonly type: SessionType
  /** Inclusive, `YYYY-MM-DD`. */
  readonly startDate: string
  /** Exclusive, `YYYY-MM-DD`. */
  readonly endDate: string
  /** Empty for the school year itself. */
  readonly parentSourcedId: string
  readonly schoolYear: string
}

/** The school year and its two semesters. */
export interface Calendar {
  readonly year: Session
  readonly fall: Session
  readonly spring: Session
}

/** The one school year a bundle covers, with its fall and spring semesters. */
export function calendarOf(district: District): Calendar {
  const ending = district.schoolYear
  const starting = ending - 1
  const yearId = `year-${ending}`
  const common = { parentSourcedId: yearId, schoolYear: String(ending) }

  return {
    year: {
      ...common,
      sourcedId: yearId,
      title: `${starting}-${ending} School Year`,
      type: "schoolYear",
      startDate: `${starting}-08-17`,
      endDate: `${ending}-06-12`,
      parentSourcedId: "",
    },
    fall: {
      ...common,
      sourcedId: `term-${ending}-1`,
      title: `Fall ${starting}`,
      type: "semester",
      startDate: `${starting}-08-17`,
      endDate: `${ending}-01-11`,
    },
    spring: {
      ...common,
      sourcedId: `term-${ending}-2`,
      title: `Spring ${ending}`,
      type: "semester",
      startDate: `${ending}-01-11`,
      endDate: `${ending}-06-12`,
    },
  }
}

/**
 * The moment stamped on the zip entries of a day's export: local midnight, because
 * zip's DOS timestamps hold local time and a local date gives the same bytes in any
 * time zone.
 */
export function exportMomentOf(district: District): Date {
  return new Date(district.schoolYear - 1, 8, 1 + district.day)
}
