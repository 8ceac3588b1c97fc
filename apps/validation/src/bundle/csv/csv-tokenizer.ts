import type { CsvLimits, CsvRecord } from "./csv-record.js"
import { RecordScan, recordTooLong } from "./record-scan.js"

const lineFeed = 10

/**
 * A streaming RFC 4180 tokenizer over decoded text. Text is pushed chunk by chunk; an
 * unfinished record is kept and scanned again, from its start, when the next chunk
 * arrives, so a record split anywhere (even inside `""`) reads the same. The kept text
 * is bounded by the record length limit.
 */
export class CsvTokenizer {
  private pending = ""
  private line = 1
  private skipLineFeed = false

  constructor(
    private readonly file: string,
    private readonly limits: CsvLimits,
  ) {}

  /** The records that the text pushed so far completes. */
  push(text: string): CsvRecord[] {
    return this.split(text, false)
  }

  /** The last record, once the input has ended. */
  end(): CsvRecord[] {
    return this.split("", true)
  }

  /** The line reached by all text pushed so far, for placing a decoding failure. */
  lineAfterPending(): number {
    return this.line + countLines(this.pending)
  }

  private split(text: string, final: boolean): CsvRecord[] {
    const source = this.dropCarriedLineFeed(this.pending + text)
    const scan = new RecordScan(source, this.line, final, this.limits, this.file)
    const records: CsvRecord[] = []

    for (let record = scan.next(); record !== undefined; record = scan.next()) {
      records.push(record)
    }

    this.keepUnfinished(source, scan)
    return records
  }

  /** A CRLF split between chunks: the CR already ended the record, so skip the LF. */
  private dropCarriedLineFeed(source: string): string {
    if (!this.skipLineFeed || source.length === 0) return source

    this.skipLineFeed = false
    return source.charCodeAt(0) === lineFeed ? source.slice(1) : source
  }

  private keepUnfinished(source: string, scan: RecordScan): void {
    this.pending = source.slice(scan.position)
    this.line = scan.line
    this.skipLineFeed = scan.endedOnCarriageReturn && this.pending.length === 0

    if (this.pending.length > this.limits.maxRecordLength) {
      throw recordTooLong(this.file, this.line, this.limits)
    }
  }
}

function countLines(text: string): number {
  let lines = 0

  for (let position = 0; position < text.length; position += 1) {
    const code = text.charCodeAt(position)
    if (
      code === lineFeed ||
      (code === 13 && text.charCodeAt(position + 1) !== lineFeed)
    ) {
      lines += 1
    }
  }

  return lines
}
