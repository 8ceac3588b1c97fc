import type { ColumnSpec } from "@homeroom/contracts"
import type { Row } from "../rows/row.js"
import type { ReadFileName } from "../zip/locate-files.js"

/** The column whose value other rules ask about, for files that have one. */
const KindColumns: Partial<Record<ReadFileName, string>> = {
  "academicSessions.csv": "type",
  "orgs.csv": "type",
  "users.csv": "role",
}

/**
 * Builds the function giving a row's kind: the position of its org type, session
 * type or role in the column's vocabulary, 0 for files without one.
 */
export function kindReader(file: ReadFileName, columns: readonly ColumnSpec[]) {
  const column = columns.find((spec) => spec.name === KindColumns[file])
  const vocabulary = column?.vocabulary
  if (column === undefined || vocabulary === undefined) return () => 0

  return (row: Row) => Math.max(vocabulary.indexOf(row.value(column.name) ?? ""), 0)
}
