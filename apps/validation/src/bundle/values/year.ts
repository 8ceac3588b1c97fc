import type { ValueReaderFactory } from "./value-reader.js"

const yearPattern = /^\d{4}$/

/** Reads a year written `YYYY`. */
export const readYear: ValueReaderFactory = (column) => {
  const expected = `${column.name} must be a year written YYYY, such as 2025.`

  return (raw, row) => {
    if (yearPattern.test(raw) && raw !== "0000") return raw

    row.report("HR_VAL_INVALID_YEAR", column.name, raw, expected)
    return null
  }
}
