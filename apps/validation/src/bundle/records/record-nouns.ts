import type { OneRosterFileName } from "@homeroom/contracts"

/** How a message names one record of each file. */
export const RecordNouns: Record<OneRosterFileName, string> = {
  "manifest.csv": "manifest entry",
  "academicSessions.csv": "academic session",
  "orgs.csv": "org",
  "courses.csv": "course",
  "classes.csv": "class",
  "users.csv": "user",
  "enrollments.csv": "enrollment",
}
