import type {
  ChangeSummary,
  LogicalFileSummary,
  Problem,
  ThresholdReached,
} from "@homeroom/contracts"

/** What validation read from a small district's bundle, per kind of record. */
export const MapleValleyLogicalFiles: LogicalFileSummary[] = [
  { kind: "orgs", rowsRead: 3, rowsWithErrors: 0, warnings: 0 },
  { kind: "academicSessions", rowsRead: 4, rowsWithErrors: 0, warnings: 0 },
  { kind: "users", rowsRead: 1200, rowsWithErrors: 1, warnings: 1 },
  { kind: "classes", rowsRead: 80, rowsWithErrors: 0, warnings: 0 },
  { kind: "teacherEnrollments", rowsRead: 162, rowsWithErrors: 0, warnings: 0 },
  { kind: "studentEnrollments", rowsRead: 2238, rowsWithErrors: 0, warnings: 0 },
]

/** What applying that bundle changed; academic sessions are new to the district. */
export const MapleValleyChanges: ChangeSummary = {
  orgs: { created: 0, updated: 1, removed: 0, existing: 3 },
  academicSessions: { created: 4, updated: 0, removed: 0, existing: 0 },
  users: { created: 20, updated: 35, removed: 12, existing: 1180 },
  classes: { created: 0, updated: 0, removed: 0, existing: 80 },
  teacherEnrollments: { created: 4, updated: 0, removed: 2, existing: 160 },
  studentEnrollments: { created: 230, updated: 0, removed: 190, existing: 2200 },
}

/** The problems validation found in that bundle. */
export const MapleValleyProblems: Problem[] = [
  {
    severity: "error",
    code: "HR_VAL_INVALID_VOCABULARY",
    file: "users.csv",
    line: 14,
    column: "role",
    value: "Jordan Pupil",
    message: "role must be one of the OneRoster roles.",
  },
  {
    severity: "warning",
    code: "HR_VAL_BLANK_LINE",
    file: "users.csv",
    line: 230,
    column: null,
    value: null,
    message: "A blank line was skipped.",
  },
]

/** What a bundle of a small district read when a school's export came out empty. */
export const BirchFallsLogicalFiles: LogicalFileSummary[] = [
  { kind: "orgs", rowsRead: 4, rowsWithErrors: 0, warnings: 0 },
  { kind: "academicSessions", rowsRead: 2, rowsWithErrors: 0, warnings: 0 },
  { kind: "users", rowsRead: 70, rowsWithErrors: 0, warnings: 0 },
  { kind: "classes", rowsRead: 12, rowsWithErrors: 0, warnings: 0 },
  { kind: "teacherEnrollments", rowsRead: 12, rowsWithErrors: 0, warnings: 0 },
  { kind: "studentEnrollments", rowsRead: 200, rowsWithErrors: 12, warnings: 0 },
]

/** What that bundle would change: the school's users and enrollments removed. */
export const BirchFallsChanges: ChangeSummary = {
  orgs: { created: 0, updated: 0, removed: 0, existing: 4 },
  academicSessions: { created: 0, updated: 0, removed: 0, existing: 2 },
  users: { created: 5, updated: 2, removed: 35, existing: 100 },
  classes: { created: 0, updated: 0, removed: 0, existing: 12 },
  teacherEnrollments: { created: 0, updated: 0, removed: 0, existing: 12 },
  studentEnrollments: { created: 0, updated: 1, removed: 62, existing: 250 },
}

/** The thresholds that bundle reached, as the roster records them. */
export const BirchFallsThresholdsReached: ThresholdReached[] = [
  {
    threshold: { kind: "users", measure: "removed", percent: 10, floor: 50 },
    value: 35,
    base: 100,
    percent: 35,
    reachedBy: ["percent"],
    schools: [
      { sourcedId: "org-birch-north", name: "Birch Falls North Elementary", count: 30 },
      { sourcedId: "org-birch-high", name: "Birch Falls High", count: 5 },
    ],
  },
  {
    threshold: { kind: "studentEnrollments", measure: "removed", count: 50, percent: 20 },
    value: 62,
    base: 250,
    percent: 24.8,
    reachedBy: ["count", "percent"],
    schools: [
      { sourcedId: "org-birch-north", name: "Birch Falls North Elementary", count: 60 },
      { sourcedId: "org-birch-annex", name: null, count: 2 },
    ],
  },
  {
    threshold: { kind: "studentEnrollments", measure: "errors", percent: 5, floor: 50 },
    value: 12,
    base: 200,
    percent: 6,
    reachedBy: ["percent"],
    schools: [],
  },
]
