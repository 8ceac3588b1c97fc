import type { Problem } from "@homeroom/contracts"

const Columns = [
  "severity",
  "code",
  "file",
  "line",
  "column",
  "value",
  "message",
] as const

/** One CSV field, quoted when it holds a comma, a quote or a line break. */
function field(value: string | number | null): string {
  const text = value === null ? "" : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * An import's problems as CSV lines, header first, for administrators who open the
 * report in a spreadsheet.
 */
export async function* problemsAsCsv(
  problems: AsyncIterable<Problem>,
): AsyncGenerator<string> {
  yield `${Columns.join(",")}\r\n`
  for await (const problem of problems) {
    yield `${Columns.map((column) => field(problem[column])).join(",")}\r\n`
  }
}
