import type { ColumnSpec } from "@homeroom/contracts"
import type { Row } from "../rows/row.js"

/**
 * Reads one non-blank value of a column: reports what is wrong on the row and returns
 * the normalised value, or null when the value cannot be used.
 */
export type ValueReader = (raw: string, row: Row) => string | null

/** Builds the reader for one column, preparing what it needs once per file. */
export type ValueReaderFactory = (column: ColumnSpec) => ValueReader
