import type { FileSummary, Problem } from "@homeroom/contracts"
import type { ProblemReporter } from "./problem-log.js"

/** Counts what one file yielded, passing its problems on to the run's log. */
export class FileTally implements ProblemReporter {
  rowsRead = 0
  rowsWithErrors = 0
  warnings = 0

  constructor(
    readonly file: string,
    private readonly log: ProblemReporter,
  ) {}

  report(problem: Problem): void {
    if (problem.severity === "warning") this.warnings += 1

    this.log.report(problem)
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
