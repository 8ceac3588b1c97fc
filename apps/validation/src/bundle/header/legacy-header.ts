/** Lower-case header names, as a test of whether they look like OneRoster 1.0. */
type LegacyTest = (names: readonly string[]) => boolean

const hasAny =
  (...columns: string[]): LegacyTest =>
  (names) =>
    columns.some((column) => names.includes(column))

/**
 * Signs of a OneRoster 1.0 header, by file: 1.0 named `userId`, `agents`, `grade`,
 * `termSourcedId` and `schoolYearId` in the singular or otherwise, had no `schoolYear`
 * in academicSessions.csv, and put `status` after `role` in enrollments.csv.
 */
const LegacyTests: Partial<Record<string, LegacyTest>> = {
  "users.csv": hasAny("userid", "agents"),
  "classes.csv": hasAny("grade", "termsourcedid"),
  "courses.csv": hasAny("grade", "schoolyearid"),
  "academicSessions.csv": (names) =>
    !names.includes("schoolyear") && names.includes("startdate"),
  "enrollments.csv": (names) => names[1] === "classsourcedid",
}

/** Whether a header that does not match 1.1 looks like the file's OneRoster 1.0 header. */
export function looksLikeOneRoster10(file: string, names: readonly string[]): boolean {
  const lowerCase = names.map((name) => name.toLowerCase())

  return LegacyTests[file]?.(lowerCase) ?? false
}
