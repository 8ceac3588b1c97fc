import type { ColumnSpec, Problem } from "@homeroom/contracts"
import type { CsvIrregularity, CsvRecord } from "../csv/csv-record.js"
import type { HeaderLayout } from "../header/match-header.js"
import { createProblem } from "../problem.js"
import type { RowRule, RuleContext } from "../rules/row-rule.js"
import { RulesByFile } from "../rules/rules-by-file.js"
import { type CellReader, cellReader } from "../values/read-cell.js"
import { Row, type RowSource } from "./row.js"

/**
 * Checks the data rows of one reading of a file: CSV slips, field count, each value,
 * then the file's rules. Built once per reading, so column readers are prepared once.
 */
export class RowChecker {
  private readonly readers: readonly CellReader[]
  private readonly rules: readonly RowRule[]
  private readonly source: RowSource

  constructor(
    private readonly context: RuleContext,
    private readonly layout: HeaderLayout,
  ) {
    this.readers = context.columns.map(cellReader)
    this.rules = RulesByFile[context.file]
    this.source = { file: context.file, positions: positionsOf(context.columns) }
  }

  /** Whether a record is a blank line, which is skipped rather than read as a row. */
  isBlankLine(record: CsvRecord): boolean {
    return (
      record.fields.length === 1 && record.fields[0] === "" && this.layout.fieldCount > 1
    )
  }

  /** The warning for a skipped blank line. */
  blankLineProblem(record: CsvRecord): Problem {
    const place = { file: this.context.file, line: record.line }

    return createProblem("HR_VAL_BLANK_LINE", place, "The line is blank; it was skipped.")
  }

  /** Checks one data row; the returned row tells whether it has an error. */
  check(record: CsvRecord): Row {
    const row = new Row(record.line, this.source)
    if (record.irregularities !== undefined) this.reportSlips(row, record)

    if (record.fields.length !== this.layout.fieldCount) {
      this.reportFieldCount(row, record.fields.length)
      return row
    }

    this.readValues(row, record.fields)
    for (const rule of this.rules) rule(row, this.context)
    return row
  }

  private readValues(row: Row, fields: readonly string[]): void {
    const { readers } = this

    for (let position = 0; position < readers.length; position += 1) {
      row.values.push(readers[position]?.(fields[position] ?? "", row) ?? null)
    }
  }

  private reportFieldCount(row: Row, fieldCount: number): void {
    const expected = this.layout.fieldCount
    const message =
      `The row has ${fieldCount} fields and the header ${expected}; every row needs ` +
      "one field per header column. Quote values that hold commas."

    row.report("HR_VAL_FIELD_COUNT", null, null, message)
  }

  private reportSlips(row: Row, record: CsvRecord): void {
    for (const slip of record.irregularities ?? []) {
      const column = this.layout.names[slip.field] ?? null
      const value = record.fields[slip.field] ?? null
      reportSlip(row, slip, column, value)
    }
  }
}

function reportSlip(
  row: Row,
  slip: CsvIrregularity,
  column: string | null,
  value: string | null,
) {
  if (slip.kind === "strayQuote") {
    const message =
      "The field holds a double quote but is not quoted; it was read as written. " +
      'Quote such fields and write each quote inside them as "".'
    row.report("HR_VAL_STRAY_QUOTE", column, value, message)
    return
  }

  const message =
    "Text follows the closing quote of a quoted field; a quoted field must end at its " +
    'closing quote. Write a quote inside a field as "".'
  row.report("HR_VAL_CSV_SYNTAX", column, value, message)
}

function positionsOf(columns: readonly ColumnSpec[]): ReadonlyMap<string, number> {
  return new Map(columns.map((column, position) => [column.name, position]))
}
