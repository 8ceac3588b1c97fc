/** How serious a problem is: errors leave the row out or reject the import. */
export const ProblemSeverities = ["error", "warning"] as const

/** How serious a problem is. */
export type ProblemSeverity = (typeof ProblemSeverities)[number]

/**
 * One problem found in a bundle, placed where an administrator can find it: the file,
 * the line as a text editor counts it (the header is line 1), and the column.
 */
export interface Problem {
  /** `error` leaves the row out of the roster (or rejects the import); `warning` never blocks. */
  readonly severity: ProblemSeverity
  /** A stable code, such as `HR_VAL_REQUIRED_VALUE`, that never changes meaning. */
  readonly code: string
  /** The file inside the bundle, such as `users.csv`; null for the bundle itself. */
  readonly file: string | null
  /** The line in that file, counting from 1; null when the problem is not on a line. */
  readonly line: number | null
  /** The column's header name; null when the problem is not in one column. */
  readonly column: string | null
  /** The offending value, cut short; never a password. */
  readonly value: string | null
  /** What is wrong and what is expected, in a sentence. */
  readonly message: string
}
