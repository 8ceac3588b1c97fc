import type { ColumnSpec } from "@homeroom/contracts"
import type { Row } from "../rows/row.js"
import type { ValueReader, ValueReaderFactory } from "./value-reader.js"

/** The specification's spelling of each value, by its lower-case form. */
function spellings(vocabulary: readonly string[]): ReadonlyMap<string, string> {
  return new Map(vocabulary.map((value) => [value.toLowerCase(), value]))
}

/**
 * Reads a value of a fixed vocabulary. Exports that write `Teacher` or `TRUE` are
 * common, so another letter case is accepted and normalised, with a warning.
 */
export const readEnumeration: ValueReaderFactory = (column) => {
  const vocabulary = column.vocabulary ?? []
  const exact = new Set(vocabulary)
  const known = spellings(vocabulary)
  const expected = `${column.name} must be one of: ${vocabulary.join(", ")}.`

  return (raw, row) => {
    if (exact.has(raw)) return raw

    const spelled = known.get(raw.toLowerCase())
    if (spelled !== undefined) return normaliseCase(column, raw, spelled, row)

    row.report("HR_VAL_INVALID_VOCABULARY", column.name, raw, expected)
    return null
  }
}

/** Reports a vocabulary value written in another case and returns its spelling. */
export function normaliseCase(
  column: ColumnSpec,
  raw: string,
  spelled: string,
  row: Row,
) {
  const message =
    `"${raw}" differs from the specification's "${spelled}" in letter case; it was ` +
    `read as "${spelled}".`

  row.report("HR_VAL_VOCABULARY_CASE", column.name, raw, message)
  return spelled
}

/** Reads a `status`: the deprecated 1.0 value `inactive` means `tobedeleted`. */
export const readStatus: ValueReaderFactory = (column) => {
  const readVocabulary: ValueReader = readEnumeration(column)

  return (raw, row) => {
    if (raw.toLowerCase() !== "inactive") return readVocabulary(raw, row)

    const message =
      `The status "${raw}" is the deprecated OneRoster 1.0 value; it was read as ` +
      '"tobedeleted".'
    row.report("HR_VAL_LEGACY_STATUS", column.name, raw, message)
    return "tobedeleted"
  }
}
