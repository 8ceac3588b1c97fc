import { FatalProblem } from "../fatal-problem.js"
import { createProblem } from "../problem.js"
import type { CsvIrregularity, CsvLimits, CsvRecord } from "./csv-record.js"

const comma = 44
const quote = 34
const carriageReturn = 13
const lineFeed = 10

/**
 * Splits one stretch of decoded text into complete RFC 4180 records. A record is only
 * returned once its terminator has been seen (or the text is final); an unfinished
 * record is left at `position` for the tokenizer to carry into the next chunk.
 *
 * Lines are counted as a text editor shows them: LF, CRLF and a lone CR each end a
 * line, inside quoted fields too.
 */
export class RecordScan {
  position = 0
  private recordStart = 0
  /** Whether the last record ended in a CR at the very end of the text. */
  endedOnCarriageReturn = false
  private fields: string[] = []
  private irregularities: CsvIrregularity[] | undefined
  /** The next quote and CR at or after the last search; the text length when none. */
  private nextQuote = -1
  private nextCarriageReturn = -1

  constructor(
    private readonly text: string,
    public line: number,
    private readonly final: boolean,
    private readonly limits: CsvLimits,
    private readonly file: string,
  ) {}

  /** The next complete record, or undefined when none is complete. */
  next(): CsvRecord | undefined {
    if (this.position >= this.text.length) return undefined

    return this.plainLine() ?? this.scanRecord()
  }

  /**
   * The fast path for the usual record: one line holding no quote and no lone CR is
   * split on commas natively, instead of character by character. Anything else (or a
   * line too long to skip the field limit) goes to the full scan.
   */
  private plainLine(): CsvRecord | undefined {
    const { text } = this
    const start = this.position
    const lineEnd = text.indexOf("\n", start)
    const maxLength = Math.min(this.limits.maxFieldLength, this.limits.maxRecordLength)
    if (lineEnd === -1 || lineEnd - start > maxLength) return undefined

    if (this.nextQuote < start) this.nextQuote = this.find('"', start)
    if (this.nextQuote < lineEnd) return undefined

    if (this.nextCarriageReturn < start) this.nextCarriageReturn = this.find("\r", start)
    const crlf = this.nextCarriageReturn === lineEnd - 1
    if (this.nextCarriageReturn < lineEnd && !crlf) return undefined

    const fields = text.slice(start, crlf ? lineEnd - 1 : lineEnd).split(",")
    this.position = lineEnd + 1
    this.endedOnCarriageReturn = false
    this.line += 1
    return { line: this.line - 1, fields, irregularities: undefined }
  }

  private find(character: string, start: number): number {
    const found = this.text.indexOf(character, start)

    return found === -1 ? this.text.length : found
  }

  private scanRecord(): CsvRecord | undefined {
    const startLine = this.line
    this.startRecord()
    if (this.scanFields()) return this.finishRecord(startLine)

    this.position = this.recordStart
    this.line = startLine
    return undefined
  }

  private startRecord(): void {
    this.recordStart = this.position
    this.fields = []
    this.irregularities = undefined
    this.endedOnCarriageReturn = false
  }

  private scanFields(): boolean {
    for (;;) {
      const scanned =
        this.text.charCodeAt(this.position) === quote
          ? this.quotedField()
          : this.plainField()
      if (!scanned) return false

      const code = this.text.charCodeAt(this.position)
      if (code !== comma) return this.endRecord(code)
      this.position += 1
    }
  }

  private endRecord(code: number): boolean {
    if (this.position >= this.text.length) return this.final

    this.position += 1
    this.line += 1
    if (code === carriageReturn) this.skipLineFeed()
    return true
  }

  private skipLineFeed(): void {
    if (this.position < this.text.length) {
      if (this.text.charCodeAt(this.position) === lineFeed) this.position += 1
    } else {
      this.endedOnCarriageReturn = !this.final
    }
  }

  private plainField(): boolean {
    const start = this.position
    const end = this.scanToDelimiter(start)
    if (end === this.text.length && !this.final) return false

    this.position = end
    this.pushField(this.text.slice(start, end))
    return true
  }

  /** Finds the comma or line break ending an unquoted stretch, noting stray quotes. */
  private scanToDelimiter(start: number): number {
    const { text } = this
    let position = start

    while (position < text.length) {
      const code = text.charCodeAt(position)
      if (code === comma || code === lineFeed || code === carriageReturn) break
      if (code === quote) this.noteIrregularity("strayQuote")
      position += 1
    }

    return position
  }

  private quotedField(): boolean {
    const fieldLine = this.line
    let value = ""
    let cursor = this.position + 1
    let segmentStart = cursor

    for (;;) {
      const closing = this.text.indexOf('"', cursor)
      if (closing === -1 || (closing + 1 === this.text.length && !this.final)) {
        if (this.final && closing === -1) throw this.unclosedQuote(fieldLine)
        return false
      }

      this.countLineBreaks(cursor, closing)
      if (this.text.charCodeAt(closing + 1) !== quote) {
        value += this.text.slice(segmentStart, closing)
        return this.afterClosingQuote(value, closing + 1)
      }

      value += this.text.slice(segmentStart, closing + 1)
      cursor = closing + 2
      segmentStart = cursor
    }
  }

  private afterClosingQuote(value: string, start: number): boolean {
    const end = this.scanToDelimiter(start)
    if (end === this.text.length && !this.final) return false

    if (end > start) this.noteIrregularity("textAfterQuote")
    this.position = end
    this.pushField(value + this.text.slice(start, end))
    return true
  }

  private countLineBreaks(start: number, end: number): void {
    const { text } = this

    for (let position = start; position < end; position += 1) {
      const code = text.charCodeAt(position)
      if (code === lineFeed) this.line += 1
      else if (code === carriageReturn && text.charCodeAt(position + 1) !== lineFeed) {
        this.line += 1
      }
    }
  }

  private pushField(value: string): void {
    if (value.length > this.limits.maxFieldLength) throw this.fieldTooLong()

    this.fields.push(value)
  }

  private noteIrregularity(kind: CsvIrregularity["kind"]): void {
    this.irregularities ??= []
    this.irregularities.push({ kind, field: this.fields.length })
  }

  private finishRecord(line: number): CsvRecord {
    if (this.position - this.recordStart > this.limits.maxRecordLength) {
      throw recordTooLong(this.file, line, this.limits)
    }

    return { line, fields: this.fields, irregularities: this.irregularities }
  }

  private unclosedQuote(line: number): FatalProblem {
    const message =
      `A quoted field starting on line ${line} is never closed; end it with a double ` +
      'quote, and write a quote inside a field as "".'

    return fatalAt("HR_VAL_UNCLOSED_QUOTE", this.file, line, message)
  }

  private fieldTooLong(): FatalProblem {
    const message =
      `A field is longer than ${this.limits.maxFieldLength} characters; fields this ` +
      "long usually come from a quote that is never closed."

    return fatalAt("HR_VAL_FIELD_TOO_LONG", this.file, this.line, message)
  }
}

/** The problem for a record longer than the limit. */
export function recordTooLong(
  file: string,
  line: number,
  limits: CsvLimits,
): FatalProblem {
  const message =
    `The record starting on line ${line} is longer than ${limits.maxRecordLength} ` +
    "characters; records this long usually come from a quote that is never closed."

  return fatalAt("HR_VAL_LINE_TOO_LONG", file, line, message)
}

function fatalAt(
  code: "HR_VAL_UNCLOSED_QUOTE" | "HR_VAL_FIELD_TOO_LONG" | "HR_VAL_LINE_TOO_LONG",
  file: string,
  line: number,
  message: string,
): FatalProblem {
  return new FatalProblem([createProblem(code, { file, line }, message)])
}
