import type { RowRule } from "./row-rule.js"

/** The end date is not before the start date, when both are given. */
export function dateOrder(startColumn: string, endColumn: string): RowRule {
  return (row) => {
    const start = row.value(startColumn)
    const end = row.value(endColumn)
    if (start === null || end === null || start <= end) return

    const message =
      `${endColumn} ${end} is before ${startColumn} ${start}; the end must not come ` +
      "before the start."
    row.report("HR_VAL_DATE_ORDER", endColumn, end, message)
  }
}
