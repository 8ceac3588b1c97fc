import type { Problem } from "@homeroom/contracts"
import { createProblem } from "../problem.js"
import { ProblemCatalogue, type ProblemCode } from "../problem-codes.js"

/** Where a row comes from: its file and where each column's value sits. */
export interface RowSource {
  readonly file: string
  /** The position of each specification column in `Row.values`. */
  readonly positions: ReadonlyMap<string, number>
}

/**
 * One data row while it is checked: its normalised values (null when blank or
 * invalid), the problems found, and whether any is an error, which leaves the row out
 * of the roster.
 */
export class Row {
  hasError = false
  readonly values: (string | null)[] = []
  problems: Problem[] | undefined
  /** Rows further down this file that the row refers to and that are not read yet. */
  awaited: string[] | undefined

  constructor(
    readonly line: number,
    readonly source: RowSource,
  ) {}

  /** The normalised value of a specification column; null when blank or invalid. */
  value(column: string): string | null {
    const position = this.source.positions.get(column)

    return position === undefined ? null : (this.values[position] ?? null)
  }

  /** Notes a problem on this row; an error marks the row as left out. */
  report(
    code: ProblemCode,
    column: string | null,
    value: string | null,
    message: string,
  ): void {
    if (ProblemCatalogue[code].severity === "error") this.hasError = true

    const place = { file: this.source.file, line: this.line, column, value }
    this.problems ??= []
    this.problems.push(createProblem(code, place, message))
  }

  /** Notes that the row can only be decided once the row with `sourcedId` is. */
  await(sourcedId: string): void {
    this.awaited ??= []
    this.awaited.push(sourcedId)
  }
}
