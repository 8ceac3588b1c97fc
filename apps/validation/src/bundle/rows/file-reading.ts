import { RequiredFiles } from "@homeroom/contracts"
import type { ZipFile } from "yauzl"
import type { CsvLimits, CsvRecord } from "../csv/csv-record.js"
import { readCsv } from "../csv/read-csv.js"
import { FatalProblem } from "../fatal-problem.js"
import type { FileTally } from "../file-tally.js"
import { type HeaderLayout, matchHeader } from "../header/match-header.js"
import type { NormalisedShape } from "../output/normalised-shape.js"
import type { NormalisedWriter } from "../output/normalised-writer.js"
import { createProblem } from "../problem.js"
import { isReferenced } from "../reading-order.js"
import type { RecordIndex } from "../records/record-index.js"
import { kindReader } from "../records/record-kind.js"
import type { RuleContext } from "../rules/row-rule.js"
import { openEntry } from "../zip/open-entry.js"
import type { ZipEntry } from "../zip/open-zip.js"
import type { DeferredRows } from "./deferred-rows.js"
import type { Row } from "./row.js"
import { RowChecker } from "./row-checker.js"

/** Where a reading sends accepted rows: the normalised file and how rows map to it. */
export interface ReadingOutput {
  readonly writer: NormalisedWriter
  readonly shapeFor: (layout: HeaderLayout) => NormalisedShape
}

/** Everything one reading of one file needs. */
export interface ReadingSetup {
  readonly zip: ZipFile
  readonly zipEntry: ZipEntry
  readonly context: RuleContext
  readonly tally: FileTally
  readonly limits: CsvLimits
  /** Awaited after every chunk, so problems reach the listener as the file is read. */
  readonly deliverProblems: () => Promise<void>
  /** Where accepted rows go; files without a normalised file have none. */
  readonly output: ReadingOutput | undefined
  /** Rows waiting for rows further down: kept by the main reading, read by a recheck. */
  readonly deferred: DeferredRows
}

/**
 * One reading of one file of the bundle: the header, then each row, checked and either
 * accepted (kept in the index for later references, and written) or left out (written
 * as held). A recheck reads only the rows the main reading deferred.
 */
export class FileReading {
  private checker: RowChecker | undefined
  private shape: NormalisedShape | undefined
  private readonly index: RecordIndex
  private readonly kindOf: (row: Row) => number
  /** Enrollments are referred to by nothing, so which are accepted need not be kept. */
  private readonly tracksAcceptance: boolean
  private readonly isRecheck: boolean

  constructor(private readonly setup: ReadingSetup) {
    const { context } = setup
    this.index = context.roster.prepare(context.file)
    this.kindOf = kindReader(context.file, context.columns)
    this.tracksAcceptance = isReferenced(context.file)
    this.isRecheck = context.pass === "recheck"
  }

  /** Reads the whole file; throws a FatalProblem when the import must be rejected. */
  async run(): Promise<void> {
    const { zipEntry, context, limits, deliverProblems } = this.setup
    const stream = await openEntry(this.setup.zip, zipEntry, context.file)

    for await (const records of readCsv(stream, context.file, limits)) {
      for (const record of records) this.take(record)
      await deliverProblems()
      await this.setup.output?.writer.flush()
    }

    if (!this.isRecheck) this.finish()
    await deliverProblems()
  }

  private take(record: CsvRecord): void {
    if (this.checker === undefined) {
      this.startRows(record)
    } else if (this.isRecheck) {
      if (this.setup.deferred.includes(record.line)) this.recheck(record)
    } else if (this.checker.isBlankLine(record)) {
      this.setup.tally.report(this.checker.blankLineProblem(record))
    } else {
      this.read(record)
    }
  }

  private startRows(header: CsvRecord): void {
    const { context, tally, output } = this.setup
    const layout = matchHeader(header.fields, context.file, context.columns)

    if (!this.isRecheck) for (const warning of layout.caseWarnings) tally.report(warning)
    this.checker = new RowChecker(context, layout)
    this.shape = output?.shapeFor(layout)
  }

  private read(record: CsvRecord): void {
    const row = this.check(record)
    const sourcedId = row.value("sourcedId")
    this.setup.tally.countRow(row)

    // A row with an error is left out anyway, so it need not wait for anything.
    if (row.awaited !== undefined && !row.hasError && sourcedId !== null) {
      this.defer(row, sourcedId)
    } else {
      this.conclude(row, record)
    }
  }

  /** A deferred row is decided by `DeferredRows.settle`, so only its output is left. */
  private recheck(record: CsvRecord): void {
    this.conclude(this.check(record), record)
  }

  private check(record: CsvRecord): Row {
    if (this.checker === undefined) throw new Error("rows read before the header")

    return this.checker.check(record)
  }

  /** Holds a row back until the rows it names further down the file are read. */
  private defer(row: Row, sourcedId: string): void {
    this.index.defer(sourcedId, this.kindOf(row))
    this.setup.deferred.add(row.line, sourcedId, row.awaited ?? [])
  }

  private conclude(row: Row, record: CsvRecord): void {
    const { tally } = this.setup
    for (const problem of row.problems ?? []) tally.report(problem, row)

    if (row.hasError) {
      tally.countRowWithErrors(row)
      this.hold(row)
    } else {
      this.accept(row, record)
    }
  }

  private accept(row: Row, record: CsvRecord): void {
    const sourcedId = row.value("sourcedId")
    if (this.tracksAcceptance && !this.isRecheck && sourcedId !== null) {
      this.index.accept(sourcedId, this.kindOf(row))
    }

    if (this.shape !== undefined) {
      this.setup.output?.writer.write(this.shape.lineOf(row, record.fields))
    }
  }

  /**
   * Writes a held line for a row left out for its errors, so the roster keeps the
   * record it holds rather than removing it: bad input must never delete data. A row
   * whose sourcedId is invalid, or repeats an earlier row's, holds nothing; the earlier
   * row speaks for that record.
   */
  private hold(row: Row): void {
    const sourcedId = row.value("sourcedId")
    if (this.shape === undefined || sourcedId === null) return
    if (this.index.firstLine(sourcedId) !== row.line) return

    this.setup.output?.writer.write(this.shape.heldLineOf(row))
  }

  private finish(): void {
    const { context, tally } = this.setup
    if (this.checker === undefined) throw emptyFile(context.file, context.columns)

    if (tally.rowsRead === 0) this.reportNoRows()
  }

  /**
   * A required file with a header and no rows rejects the import: read as a full
   * export it would remove every record of its kind, and it far more often comes from
   * an export that failed than from a district that has none. An optional file may
   * hold only its header, as some vendors ask of courses.csv; it is read as absent, so
   * references into it are kept as given rather than all failing.
   */
  private reportNoRows(): void {
    const { file } = this.setup.context
    if ((RequiredFiles as readonly string[]).includes(file)) {
      const message =
        `${file} has a header but no data rows; each of the five required files must ` +
        "hold at least one row, or the import would remove every record it lists."
      throw new FatalProblem([
        createProblem("HR_VAL_REQUIRED_FILE_EMPTY", { file }, message),
      ])
    }

    const message = `${file} has a header but no data rows; it was read as absent.`
    this.setup.tally.report(createProblem("HR_VAL_NO_DATA_ROWS", { file }, message))
    this.setup.context.roster.forget(file)
  }
}

function emptyFile(file: string, columns: RuleContext["columns"]): FatalProblem {
  const header = columns.map((column) => column.name).join(",")
  const message = `${file} is empty; it must start with the header row: ${header}.`

  return new FatalProblem([createProblem("HR_VAL_EMPTY_FILE", { file }, message)])
}
