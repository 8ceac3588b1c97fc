import type { ValueReaderFactory } from "./value-reader.js"

const guidPattern = /^[0-9A-Za-z._\-/@]+$/
const maxGuidLength = 255

/** Why a value is not a OneRoster GUID, or undefined when it is one. */
export function guidFault(columnName: string, value: string): string | undefined {
  if (value.length > maxGuidLength) {
    return (
      `${columnName} holds an id of ${value.length} characters; a OneRoster GUID must ` +
      "be shorter than 256 characters."
    )
  }

  if (!guidPattern.test(value)) {
    return `${columnName} may hold only letters, digits and . _ - / @ (a OneRoster GUID).`
  }

  return undefined
}

/** Reads a sourcedId or a reference to one. */
export const readGuid: ValueReaderFactory = (column) => (raw, row) => {
  const fault = guidFault(column.name, raw)
  if (fault === undefined) return raw

  row.report("HR_VAL_INVALID_SOURCED_ID", column.name, raw, fault)
  return null
}
