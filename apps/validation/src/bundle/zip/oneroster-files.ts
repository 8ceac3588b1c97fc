/**
 * The data files of OneRoster 1.1 and 1.2, by the name their manifest property uses
 * (`file.users` for `users.csv`). A bundle may carry any of them; only some are read.
 */
export const OneRosterDataFiles = [
  "academicSessions",
  "categories",
  "classes",
  "classResources",
  "courses",
  "courseResources",
  "demographics",
  "enrollments",
  "lineItems",
  "orgs",
  "resources",
  "results",
  "users",
  "lineItemLearningObjectiveIds",
  "lineItemScoreScales",
  "resultLearningObjectiveIds",
  "resultScoreScales",
  "roles",
  "scoreScales",
  "userProfiles",
  "userResources",
] as const

/** Whether a file name is a OneRoster file: a data file or the manifest. */
export function isOneRosterFile(base: string): boolean {
  if (base === "manifest.csv") return true

  return (OneRosterDataFiles as readonly string[]).includes(base.replace(/\.csv$/, ""))
}
