import { Readable } from "node:stream"
import type { RequiredFileName } from "@homeroom/contracts"
import { ColumnsByFile } from "@homeroom/contracts"
import { csvField, csvLine, LineEnd } from "./csv.js"

/** Text is handed on in chunks of about this many characters, not row by row. */
const ChunkLength = 64 * 1024

/** What was written to one file of a bundle. */
export interface FileTally {
  /** Data rows, the header not counted. */
  rows: number
  /** Bytes of UTF-8 text, the header included. */
  bytes: number
}

/**
 * A file of the bundle as a byte stream: the header row in the order the contracts fix,
 * then one line per record. Records are pulled only as the stream is read, so a file
 * never sits in memory whole.
 */
export function csvFileStream(
  file: RequiredFileName,
  records: Iterable<Readonly<Record<string, string>>>,
  tally: FileTally,
): Readable {
  const names = ColumnsByFile[file].map((column) => column.name)

  return Readable.from(csvChunks(names, records, tally), {
    objectMode: false,
    highWaterMark: 4 * 1024 * 1024,
  })
}

function* csvChunks(
  names: readonly string[],
  records: Iterable<Readonly<Record<string, string>>>,
  tally: FileTally,
): Generator<Buffer> {
  let text = names.map(csvField).join(",") + LineEnd

  for (const record of records) {
    text += csvLine(names, record)
    tally.rows += 1
    if (text.length >= ChunkLength) {
      yield counted(text, tally)
      text = ""
    }
  }

  if (text.length > 0) yield counted(text, tally)
}

function counted(text: string, tally: FileTally): Buffer {
  const chunk = Buffer.from(text, "utf8")
  tally.bytes += chunk.length

  return chunk
}
