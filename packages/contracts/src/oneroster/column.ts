/**
 * How the values of a OneRoster CSV column are written.
 *
 * - `guid`: an identifier of `0-9 a-z A-Z . - _ / @`, shorter than 256 characters.
 * - `guidReference`: the `sourcedId` of a record in this or another file.
 * - `guidReferenceList`: comma-separated `sourcedId`s, quoted when there is more than one.
 * - `string`: free text; at least 255 characters must be supported.
 * - `stringList`: comma-separated strings that themselves hold no comma.
 * - `enumeration`: one value of the column's vocabulary.
 * - `boolean`: `true` or `false` (an enumeration in 1.1).
 * - `date`: `YYYY-MM-DD`.
 * - `dateTime`: ISO 8601 in UTC, for example `2012-04-23T18:25:43.511Z`.
 * - `year`: `YYYY`.
 * - `userIdList`: `{type:id}` items, comma-separated.
 * - `gradeList`: CEDS entry grade level codes, comma-separated.
 */
export type ColumnFormat =
  | "guid"
  | "guidReference"
  | "guidReferenceList"
  | "string"
  | "stringList"
  | "enumeration"
  | "boolean"
  | "date"
  | "dateTime"
  | "year"
  | "userIdList"
  | "gradeList"

/**
 * When a column must hold a value.
 *
 * - `always`: every row.
 * - `delta`: filled for delta processing, blank for bulk (`status`, `dateLastModified`).
 * - `optional`: may be blank.
 */
export type ColumnRequirement = "always" | "delta" | "optional"

/** One column of a OneRoster CSV file, in the position the specification fixes. */
export interface ColumnSpec {
  /** The header name, in the specification's case. */
  readonly name: string
  /** Whether the column must hold a value. */
  readonly required: ColumnRequirement
  /** How values are written. */
  readonly format: ColumnFormat
  /** The allowed values, for `enumeration` columns. */
  readonly vocabulary?: readonly string[]
  /** For references: the file whose `sourcedId`s the value points at. */
  readonly references?: OneRosterFileName
}

/** The OneRoster CSV files the platform reads. */
export type OneRosterFileName =
  | "manifest.csv"
  | "academicSessions.csv"
  | "orgs.csv"
  | "courses.csv"
  | "classes.csv"
  | "users.csv"
  | "enrollments.csv"
