/**
 * Parses RFC 4180 text into rows of fields: quoted fields may hold commas, doubled
 * quotes and line breaks; lines end in CRLF or LF. Kept apart from the generator's own
 * writer so the tests check the bytes, not the writer against itself.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  let position = 0

  while (position < text.length) {
    const character = text[position] as string

    if (quoted) {
      if (character === '"' && text[position + 1] === '"') {
        field += '"'
        position += 1
      } else if (character === '"') {
        quoted = false
      } else {
        field += character
      }
    } else if (character === '"' && field === "") {
      quoted = true
    } else if (character === ",") {
      row.push(field)
      field = ""
    } else if (character === "\n" || character === "\r") {
      if (character === "\r" && text[position + 1] === "\n") position += 1
      row.push(field)
      rows.push(row)
      row = []
      field = ""
    } else {
      field += character
    }
    position += 1
  }

  if (field !== "" || row.length > 0) rows.push([...row, field])

  return rows
}
