const needsQuotes = /[",\r\n]/

/**
 * Encodes one value of a Postgres `COPY ... (FORMAT csv)` line: null is an unquoted
 * empty field, text is quoted when it holds a comma, quote or line break. `\.` alone
 * is quoted too, since COPY would read it as the end of the data.
 */
export function encodeCopyValue(value: string | null): string {
  if (value === null) return ""
  if (value === "" || value === "\\." || needsQuotes.test(value)) {
    return `"${value.replaceAll('"', '""')}"`
  }

  return value
}

/** Encodes a whole line, ending in a line feed. */
export function encodeCopyLine(values: readonly (string | null)[]): string {
  return `${values.map(encodeCopyValue).join(",")}\n`
}
