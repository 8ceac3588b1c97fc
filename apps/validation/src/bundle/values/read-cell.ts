import type { ColumnFormat, ColumnSpec } from "@homeroom/contracts"
import type { Row } from "../rows/row.js"
import { readDate } from "./calendar-date.js"
import { readDateTime } from "./date-time.js"
import { readGuid } from "./guid.js"
import { readGradeList, readGuidList, readStringList, readUserIdList } from "./lists.js"
import type { ValueReader, ValueReaderFactory } from "./value-reader.js"
import { readEnumeration, readStatus } from "./vocabulary.js"
import { readYear } from "./year.js"

const readString: ValueReaderFactory = () => (raw) => raw

/** The reader of each column format. */
const ReadersByFormat: Record<ColumnFormat, ValueReaderFactory> = {
  guid: readGuid,
  guidReference: readGuid,
  guidReferenceList: readGuidList,
  string: readString,
  stringList: readStringList,
  enumeration: readEnumeration,
  boolean: readEnumeration,
  date: readDate,
  dateTime: readDateTime,
  year: readYear,
  userIdList: readUserIdList,
  gradeList: readGradeList,
}

/** Reads one cell of a column; null stands for a blank or unusable value. */
export type CellReader = (raw: string, row: Row) => string | null

/**
 * Builds the reader of a column's cells. A blank cell (empty or only spaces) is null,
 * except `status`, where blank means active, as bulk exports leave it blank.
 */
export function cellReader(column: ColumnSpec): CellReader {
  const readValue: ValueReader =
    column.name === "status" ? readStatus(column) : ReadersByFormat[column.format](column)
  const readBlank = blankReader(column)

  return (raw, row) => (isBlank(raw) ? readBlank(row) : readValue(raw, row))
}

function blankReader(column: ColumnSpec): (row: Row) => string | null {
  if (column.name === "status") return () => "active"
  if (column.required !== "always") return () => null

  const message = `${column.name} is required on every row; this one is blank.`
  return (row) => {
    row.report("HR_VAL_REQUIRED_VALUE", column.name, null, message)
    return null
  }
}

/** Whether a cell is empty or only spaces; most cells start and end with a letter. */
function isBlank(raw: string): boolean {
  if (raw.length === 0) return true
  if (raw.charCodeAt(0) > 32 && raw.charCodeAt(raw.length - 1) > 32) return false

  return raw.trim().length === 0
}
