import type { ColumnSpec, OneRosterFileName } from "./column.js"
import {
  BooleanValues,
  ClassTypes,
  EnrollmentRoles,
  ManifestFileModes,
  OrgTypes,
  RecordStatuses,
  SessionTypes,
  UserRoles,
} from "./vocabularies.js"

const sourcedId: ColumnSpec = { name: "sourcedId", required: "always", format: "guid" }
const status: ColumnSpec = {
  name: "status",
  required: "delta",
  format: "enumeration",
  vocabulary: RecordStatuses,
}
const dateLastModified: ColumnSpec = {
  name: "dateLastModified",
  required: "delta",
  format: "dateTime",
}

/** `academicSessions.csv`: school years, terms, semesters and grading periods. */
export const AcademicSessionColumns = [
  sourcedId,
  status,
  dateLastModified,
  { name: "title", required: "always", format: "string" },
  { name: "type", required: "always", format: "enumeration", vocabulary: SessionTypes },
  { name: "startDate", required: "always", format: "date" },
  { name: "endDate", required: "always", format: "date" },
  {
    name: "parentSourcedId",
    required: "optional",
    format: "guidReference",
    references: "academicSessions.csv",
  },
  { name: "schoolYear", required: "always", format: "year" },
] as const satisfies readonly ColumnSpec[]

/** `orgs.csv`: the district, its schools and other organisations. */
export const OrgColumns = [
  sourcedId,
  status,
  dateLastModified,
  { name: "name", required: "always", format: "string" },
  { name: "type", required: "always", format: "enumeration", vocabulary: OrgTypes },
  { name: "identifier", required: "optional", format: "string" },
  {
    name: "parentSourcedId",
    required: "optional",
    format: "guidReference",
    references: "orgs.csv",
  },
] as const satisfies readonly ColumnSpec[]

/** `courses.csv`: read only when the bundle carries it. */
export const CourseColumns = [
  sourcedId,
  status,
  dateLastModified,
  {
    name: "schoolYearSourcedId",
    required: "optional",
    format: "guidReference",
    references: "academicSessions.csv",
  },
  { name: "title", required: "always", format: "string" },
  { name: "courseCode", required: "optional", format: "string" },
  { name: "grades", required: "optional", format: "gradeList" },
  {
    name: "orgSourcedId",
    required: "always",
    format: "guidReference",
    references: "orgs.csv",
  },
  { name: "subjects", required: "optional", format: "stringList" },
  { name: "subjectCodes", required: "optional", format: "stringList" },
] as const satisfies readonly ColumnSpec[]

/** `classes.csv`: the classes taught at each school, in one or more terms. */
export const ClassColumns = [
  sourcedId,
  status,
  dateLastModified,
  { name: "title", required: "always", format: "string" },
  { name: "grades", required: "optional", format: "gradeList" },
  {
    name: "courseSourcedId",
    required: "always",
    format: "guidReference",
    references: "courses.csv",
  },
  { name: "classCode", required: "optional", format: "string" },
  {
    name: "classType",
    required: "always",
    format: "enumeration",
    vocabulary: ClassTypes,
  },
  { name: "location", required: "optional", format: "string" },
  {
    name: "schoolSourcedId",
    required: "always",
    format: "guidReference",
    references: "orgs.csv",
  },
  {
    name: "termSourcedIds",
    required: "always",
    format: "guidReferenceList",
    references: "academicSessions.csv",
  },
  { name: "subjects", required: "optional", format: "stringList" },
  { name: "subjectCodes", required: "optional", format: "stringList" },
  { name: "periods", required: "optional", format: "stringList" },
] as const satisfies readonly ColumnSpec[]

/** `users.csv` in its 1.1 form, with `orgSourcedIds` and `role`. */
export const UserColumns = [
  sourcedId,
  status,
  dateLastModified,
  {
    name: "enabledUser",
    required: "always",
    format: "boolean",
    vocabulary: BooleanValues,
  },
  {
    name: "orgSourcedIds",
    required: "always",
    format: "guidReferenceList",
    references: "orgs.csv",
  },
  { name: "role", required: "always", format: "enumeration", vocabulary: UserRoles },
  { name: "username", required: "always", format: "string" },
  { name: "userIds", required: "optional", format: "userIdList" },
  { name: "givenName", required: "always", format: "string" },
  { name: "familyName", required: "always", format: "string" },
  { name: "middleName", required: "optional", format: "string" },
  { name: "identifier", required: "optional", format: "string" },
  { name: "email", required: "optional", format: "string" },
  { name: "sms", required: "optional", format: "string" },
  { name: "phone", required: "optional", format: "string" },
  {
    name: "agentSourcedIds",
    required: "optional",
    format: "guidReferenceList",
    references: "users.csv",
  },
  { name: "grades", required: "optional", format: "gradeList" },
  { name: "password", required: "optional", format: "string" },
] as const satisfies readonly ColumnSpec[]

/** `enrollments.csv`: who takes or teaches which class. */
export const EnrollmentColumns = [
  sourcedId,
  status,
  dateLastModified,
  {
    name: "classSourcedId",
    required: "always",
    format: "guidReference",
    references: "classes.csv",
  },
  {
    name: "schoolSourcedId",
    required: "always",
    format: "guidReference",
    references: "orgs.csv",
  },
  {
    name: "userSourcedId",
    required: "always",
    format: "guidReference",
    references: "users.csv",
  },
  {
    name: "role",
    required: "always",
    format: "enumeration",
    vocabulary: EnrollmentRoles,
  },
  { name: "primary", required: "optional", format: "boolean", vocabulary: BooleanValues },
  { name: "beginDate", required: "optional", format: "date" },
  { name: "endDate", required: "optional", format: "date" },
] as const satisfies readonly ColumnSpec[]

/** `manifest.csv`: one `propertyName,value` pair a row. */
export const ManifestColumns = [
  { name: "propertyName", required: "always", format: "string" },
  { name: "value", required: "always", format: "string" },
] as const satisfies readonly ColumnSpec[]

/** The `file.*` values a manifest may declare. */
export const ManifestFileModeVocabulary = ManifestFileModes

/** The column table of every file the platform reads, by file name. */
export const ColumnsByFile = {
  "manifest.csv": ManifestColumns,
  "academicSessions.csv": AcademicSessionColumns,
  "orgs.csv": OrgColumns,
  "courses.csv": CourseColumns,
  "classes.csv": ClassColumns,
  "users.csv": UserColumns,
  "enrollments.csv": EnrollmentColumns,
} as const satisfies Record<OneRosterFileName, readonly ColumnSpec[]>

/** The header names of a file's columns, in order. */
export type HeaderOf<F extends OneRosterFileName> =
  (typeof ColumnsByFile)[F][number]["name"]

/**
 * The five files every bundle must carry, in the order they are checked: each file
 * refers only to files before it, except `classes.csv`, whose courses are optional.
 */
export const RequiredFiles = [
  "academicSessions.csv",
  "orgs.csv",
  "users.csv",
  "classes.csv",
  "enrollments.csv",
] as const satisfies readonly OneRosterFileName[]

/** A file every bundle must carry. */
export type RequiredFileName = (typeof RequiredFiles)[number]

/** Files read when the bundle carries them. */
export const OptionalFiles = [
  "manifest.csv",
  "courses.csv",
] as const satisfies readonly OneRosterFileName[]
