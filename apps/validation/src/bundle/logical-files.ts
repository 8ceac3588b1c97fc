import {
  type LogicalFileSummary,
  type RecordKind,
  RecordKinds,
} from "@homeroom/contracts"
import type { Row } from "./rows/row.js"
import type { ReadFileName } from "./zip/locate-files.js"

/** The counts of one logical file while the bundle is read. */
export interface LogicalCount {
  rowsRead: number
  rowsWithErrors: number
  warnings: number
}

/** The kinds of record each file holds; courses.csv counts as none. */
const KindsOfFile: Partial<Record<ReadFileName, readonly RecordKind[]>> = {
  "academicSessions.csv": ["academicSessions"],
  "orgs.csv": ["orgs"],
  "users.csv": ["users"],
  "classes.csv": ["classes"],
  "enrollments.csv": ["teacherEnrollments", "studentEnrollments"],
}

/**
 * Counts rows, rows with errors and warnings by kind of record, as districts read
 * them: enrollments.csv splits into student enrollments (role `student`) and teacher
 * enrollments (every other role). A row whose role is blank or invalid, and a problem
 * of the file rather than of a row, counts among teacher enrollments: they are the
 * smaller file, so a broken role column shows in a larger share of errors there
 * instead of vanishing among millions of students.
 */
export class LogicalFiles {
  private readonly counts = new Map<RecordKind, LogicalCount>()

  /** The function giving the count a row of a file (or the file itself) goes to. */
  counterOf(file: ReadFileName): (row: Row | undefined) => LogicalCount | undefined {
    const [first, second] = (KindsOfFile[file] ?? []).map((kind) => this.open(kind))
    if (second === undefined) return () => first

    return (row) => (row?.value("role") === "student" ? second : first)
  }

  /** The counts of every kind of record whose file was read, in the usual order. */
  summary(): LogicalFileSummary[] {
    return RecordKinds.flatMap((kind) => {
      const count = this.counts.get(kind)
      return count === undefined ? [] : [{ kind, ...count }]
    })
  }

  private open(kind: RecordKind): LogicalCount {
    const count = { rowsRead: 0, rowsWithErrors: 0, warnings: 0 }
    this.counts.set(kind, count)
    return count
  }
}
