/**
 * The kinds of record an administrator counts, one per logical file: enrollments are
 * split into teacher enrollments (every role but student) and student enrollments.
 */
export const RecordKinds = [
  "orgs",
  "academicSessions",
  "users",
  "classes",
  "teacherEnrollments",
  "studentEnrollments",
] as const

/** A kind of record, as reports and thresholds count them. */
export type RecordKind = (typeof RecordKinds)[number]

/** The kinds of change an import makes to a record. */
export const ChangeKinds = ["created", "updated", "removed"] as const

/** A kind of change. */
export type ChangeKind = (typeof ChangeKinds)[number]

/** What validation read from one file of the bundle. */
export interface FileSummary {
  /** The file's name inside the bundle, such as `users.csv`. */
  readonly file: string
  /** Data rows read, the header not counted. */
  readonly rowsRead: number
  /** Rows with at least one error; they are left out of the roster. */
  readonly rowsWithErrors: number
  /** Warnings found in the file. */
  readonly warnings: number
}

/** How many records of one kind an import created, updated and removed. */
export interface ChangeCounts {
  readonly created: number
  readonly updated: number
  readonly removed: number
  /** Active records of this kind before the import, the base of percentages. */
  readonly existing: number
}

/** Change counts for every kind of record. */
export type ChangeSummary = Record<RecordKind, ChangeCounts>

/**
 * What validation read for one kind of record, the unit administrators and thresholds
 * count in: enrollments.csv splits into teacher and student enrollments.
 */
export interface LogicalFileSummary {
  readonly kind: RecordKind
  /** Data rows read. */
  readonly rowsRead: number
  /** Rows with at least one error; they are left out of the roster. */
  readonly rowsWithErrors: number
  /** Warnings found in these rows. */
  readonly warnings: number
}
