import type { ChangeSummary, FileSummary, Problem } from "@homeroom/contracts"

/** What validation read from a small district's bundle. */
export const MapleValleyFiles: FileSummary[] = [
  { file: "academicSessions.csv", rowsRead: 4, rowsWithErrors: 0, warnings: 0 },
  { file: "orgs.csv", rowsRead: 3, rowsWithErrors: 0, warnings: 0 },
  { file: "users.csv", rowsRead: 1200, rowsWithErrors: 1, warnings: 1 },
  { file: "classes.csv", rowsRead: 80, rowsWithErrors: 0, warnings: 0 },
  { file: "enrollments.csv", rowsRead: 2400, rowsWithErrors: 0, warnings: 0 },
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
