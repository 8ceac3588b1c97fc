import type { ColumnSpec } from "@homeroom/contracts"
import { GradeCodes } from "@homeroom/contracts"
import type { Row } from "../rows/row.js"
import { guidFault } from "./guid.js"
import type { ValueReader, ValueReaderFactory } from "./value-reader.js"
import { normaliseCase } from "./vocabulary.js"

/** Reads one item of a list; null when the item is invalid. */
type ItemReader = (item: string, row: Row) => string | null

/**
 * Reads a comma-separated list. Items are trimmed and joined again with bare commas;
 * OneRoster list items never hold a comma themselves. An empty item (a doubled or
 * trailing comma) is dropped with a warning.
 */
function readList(column: ColumnSpec, readItem: ItemReader): ValueReader {
  return (raw, row) => {
    // Most lists hold one item; reading it directly skips splitting and joining.
    if (!raw.includes(",")) return readItem(raw.trim(), row)

    const items = raw.split(",").map((item) => item.trim())
    if (items.includes("")) reportEmptyItem(column, raw, row)

    const read = items.filter((item) => item !== "").map((item) => readItem(item, row))
    if (read.includes(null)) return null
    if (read.length === 0) return emptyList(column, raw, row)

    return read.join(",")
  }
}

function reportEmptyItem(column: ColumnSpec, raw: string, row: Row): void {
  const message = `${column.name} holds an empty item between commas; it was dropped.`

  row.report("HR_VAL_EMPTY_LIST_ITEM", column.name, raw, message)
}

function emptyList(column: ColumnSpec, raw: string, row: Row): null {
  if (column.required === "always") {
    const message = `${column.name} is required, and this list holds no item.`
    row.report("HR_VAL_REQUIRED_VALUE", column.name, raw, message)
  }

  return null
}

/** Reads a list of sourcedIds. */
export const readGuidList: ValueReaderFactory = (column) => {
  return readList(column, (item, row) => {
    const fault = guidFault(column.name, item)
    if (fault === undefined) return item

    row.report("HR_VAL_INVALID_SOURCED_ID", column.name, item, fault)
    return null
  })
}

/** Reads a list of free-text items. */
export const readStringList: ValueReaderFactory = (column) =>
  readList(column, (item) => item)

const gradeSpellings = new Map<string, string>(
  GradeCodes.map((grade) => [grade.toLowerCase(), grade]),
)

/** Reads a list of CEDS grade codes, normalising their letter case. */
export const readGradeList: ValueReaderFactory = (column) => {
  const expected =
    `Each item of ${column.name} must be a CEDS grade code: ` +
    `${GradeCodes.join(", ")}.`

  return readList(column, (item, row) => {
    const spelled = gradeSpellings.get(item.toLowerCase())
    if (spelled === item) return item
    if (spelled !== undefined) return normaliseCase(column, item, spelled, row)

    row.report("HR_VAL_INVALID_GRADE", column.name, item, expected)
    return null
  })
}

const userIdPattern = /^\{[^{}:]+:[^{}]+\}$/

/** Reads a list of `{type:id}` user identifiers. */
export const readUserIdList: ValueReaderFactory = (column) => {
  const expected = `Each item of ${column.name} must be written {type:id}, such as {LDAP:jdoe}.`

  return readList(column, (item, row) => {
    if (userIdPattern.test(item)) return item

    row.report("HR_VAL_INVALID_USER_ID", column.name, item, expected)
    return null
  })
}
