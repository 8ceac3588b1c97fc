import type { FileSummary, Problem } from "@homeroom/contracts"
import type { LogicalCount } from "./logical-files.js"
import type { ProblemReporter } from "./problem-log.js"
import type { Row } from "./rows/row.js"

/** Gives the logical file a row (or, without one, the file itself) counts in. */
export type LogicalCounter = (row: Row | undefined) => LogicalCount | undefined

/**
 * Counts what one file yielded, and the same by logical file, passing its problems on
 * to the run's log.
 */
export class FileTally implements ProblemReporter {
  rowsRead = 0
  rowsWithErrors = 0
  warnings = 0

  constructor(
    readonly file: string,
    private readonly log: ProblemReporter,
    private readonly logical: LogicalCounter = () => undefined,
  ) {}

  /** Passes a problem on; `row` is the row it was found on, if any. */
  report(problem: Problem, row?: Row): void {
    if (problem.severity === "warning") {
      this.warnings += 1
      const count = this.logical(row)
      if (count !== undefined) count.warnings += 1
    }

    this.log.report(problem)
  }

  /** Counts a data row read. */
  countRow(row: Row): void {
    this.rowsRead += 1
    const count = this.logical(row)
    if (count !== undefined) count.rowsRead += 1
  }

  /** Counts a row left out for its errors. */
  countRowWithErrors(row: Row): void {
    this.rowsWithErrors += 1
    const count = this.logical(row)
    if (count !== undefined) count.rowsWithErrors += 1
  }

  /** The file's summary as the import report shows it. */
  summary(): FileSummary {
    return {
      file: this.file,
      rowsRead: this.rowsRead,
      rowsWithErrors: this.rowsWithErrors,
      warnings: this.warnings,
    }
  }
}
