/** Record status. `inactive` is the deprecated 1.0 value, read as `tobedeleted`. */
export const RecordStatuses = ["active", "tobedeleted"] as const
/** A record's status as the platform stores it. */
export type RecordStatus = (typeof RecordStatuses)[number]

/** `orgs.csv` `type`, from the top of the hierarchy down. */
export const OrgTypes = [
  "national",
  "state",
  "local",
  "district",
  "school",
  "department",
] as const
/** The kind of an organisation. */
export type OrgType = (typeof OrgTypes)[number]

/** `academicSessions.csv` `type`. */
export const SessionTypes = ["gradingPeriod", "semester", "schoolYear", "term"] as const
/** The kind of an academic session. */
export type SessionType = (typeof SessionTypes)[number]

/** `users.csv` `role` in OneRoster 1.1. */
export const UserRoles = [
  "administrator",
  "aide",
  "guardian",
  "parent",
  "proctor",
  "relative",
  "student",
  "teacher",
] as const
/** The role of a user. */
export type UserRole = (typeof UserRoles)[number]

/** `enrollments.csv` `role`. */
export const EnrollmentRoles = ["administrator", "proctor", "student", "teacher"] as const
/** The role a user holds in one class. */
export type EnrollmentRole = (typeof EnrollmentRoles)[number]

/** `classes.csv` `classType`. */
export const ClassTypes = ["homeroom", "scheduled"] as const
/** The kind of a class. */
export type ClassType = (typeof ClassTypes)[number]

/** Boolean columns (`enabledUser`, `primary`). */
export const BooleanValues = ["true", "false"] as const

/** `manifest.csv` `file.*` values. */
export const ManifestFileModes = ["absent", "bulk", "delta"] as const
/** How a file of the bundle is supplied, as the manifest declares it. */
export type ManifestFileMode = (typeof ManifestFileModes)[number]

/** CEDS entry grade level codes, the grade vocabulary of OneRoster 1.1. */
export const GradeCodes = [
  "IT",
  "PR",
  "PK",
  "TK",
  "KG",
  "01",
  "02",
  "03",
  "04",
  "05",
  "06",
  "07",
  "08",
  "09",
  "10",
  "11",
  "12",
  "13",
  "PS",
  "UG",
  "Other",
] as const
/** A CEDS grade code. */
export type GradeCode = (typeof GradeCodes)[number]
