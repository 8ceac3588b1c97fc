import type { ColumnSpec } from "@homeroom/contracts"
import type { RosterIndex } from "../records/roster-index.js"
import type { Row } from "../rows/row.js"
import type { ReadFileName } from "../zip/locate-files.js"

/**
 * Which reading of a file this is. The `main` reading reads every row; rows naming
 * rows further down the same file wait, and once the file is read they are decided
 * and read again on their own, in a `recheck`.
 */
export type ReadingPass = "main" | "recheck"

/** What a rule may look at besides the row. */
export interface RuleContext {
  readonly file: ReadFileName
  readonly columns: readonly ColumnSpec[]
  readonly roster: RosterIndex
  readonly pass: ReadingPass
}

/**
 * A check of one row beyond the syntax of its values: uniqueness, references,
 * relations between columns. It runs after every value was read, sees normalised
 * values (null when blank or invalid) and reports on the row.
 */
export type RowRule = (row: Row, context: RuleContext) => void
