const NeedsQuoting = /[",\r\n]/

/** RFC 4180 line terminator. */
export const LineEnd = "\r\n"

/** A field as RFC 4180 writes it: quoted, with quotes doubled, only when it must be. */
export function csvField(value: string): string {
  return NeedsQuoting.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/** One CSV line of the named columns of a record, with its terminator. */
export function csvLine(
  names: readonly string[],
  record: Readonly<Record<string, string>>,
) {
  let line = csvField(record[names[0] ?? ""] ?? "")
  for (let column = 1; column < names.length; column += 1) {
    line += `,${csvField(record[names[column] ?? ""] ?? "")}`
  }

  return line + LineEnd
}
