import type { EmailColumn } from "./email-document.js"

const Gap = "  "

/**
 * Lays a table out in fixed-width columns for the plain-text part, each column as wide
 * as its widest cell. Trailing spaces are cut, since mail transports may strip them.
 */
export function formatTextTable(
  columns: readonly EmailColumn[],
  rows: ReadonlyArray<readonly string[]>,
): string {
  const lines = [columns.map((column) => column.heading), ...rows]
  const widths = columns.map((_, index) =>
    Math.max(...lines.map((line) => (line[index] ?? "").length)),
  )

  return lines.map((line) => formatLine(columns, widths, line)).join("\n")
}

function formatLine(
  columns: readonly EmailColumn[],
  widths: readonly number[],
  line: readonly string[],
): string {
  const cells = columns.map((column, index) => {
    const cell = line[index] ?? ""
    const width = widths[index] ?? 0
    return column.align === "right" ? cell.padStart(width) : cell.padEnd(width)
  })
  return cells.join(Gap).trimEnd()
}
