import type { Readable } from "node:stream"
import { TextDecoder } from "node:util"
import { FatalProblem } from "../fatal-problem.js"
import { createProblem } from "../problem.js"
import type { CsvLimits, CsvRecord } from "./csv-record.js"
import { CsvTokenizer } from "./csv-tokenizer.js"

/**
 * Reads a stream of UTF-8 CSV as batches of records, one batch per chunk, never
 * holding more than one chunk and one unfinished record. A byte order mark is dropped
 * (TextDecoder does this unless told not to); bytes that are not UTF-8 reject the file.
 */
export async function* readCsv(
  stream: Readable,
  file: string,
  limits: CsvLimits,
): AsyncGenerator<CsvRecord[]> {
  const decoder = new TextDecoder("utf-8", { fatal: true })
  const tokenizer = new CsvTokenizer(file, limits)

  for await (const chunk of readChunks(stream, file)) {
    yield tokenizer.push(decode(decoder, chunk, tokenizer, file))
  }

  const rest = decode(decoder, undefined, tokenizer, file)
  yield [...tokenizer.push(rest), ...tokenizer.end()]
}

async function* readChunks(stream: Readable, file: string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream) yield chunk as Buffer
  } catch (error) {
    throw corruptEntry(file, error)
  }
}

function decode(
  decoder: TextDecoder,
  chunk: Buffer | undefined,
  tokenizer: CsvTokenizer,
  file: string,
): string {
  try {
    return chunk === undefined
      ? decoder.decode()
      : decoder.decode(chunk, { stream: true })
  } catch {
    throw notUtf8(file, tokenizer.lineAfterPending() + linesBeforeInvalidBytes(chunk))
  }
}

/** Counts the lines before the first invalid sequence; only run once a file failed. */
function linesBeforeInvalidBytes(chunk: Buffer | undefined): number {
  if (chunk === undefined) return 0

  const text = new TextDecoder("utf-8").decode(chunk)
  const valid = text.slice(0, Math.max(text.indexOf("\uFFFD"), 0))
  return valid.split(/\r\n|\r|\n/).length - 1
}

function notUtf8(file: string, line: number): FatalProblem {
  const message =
    `${file} is not UTF-8 text: line ${line} holds bytes that are not valid UTF-8; ` +
    "export or save the file as UTF-8."

  return new FatalProblem([createProblem("HR_VAL_NOT_UTF8", { file, line }, message)])
}

/**
 * yauzl counts the bytes it inflates against the size the zip declares and fails the
 * stream at the first byte beyond; its message is the only sign of which check failed.
 */
const overflowPrefix = "too many bytes in the stream"

function corruptEntry(file: string, error: unknown): FatalProblem {
  const reason = error instanceof Error ? error.message : String(error)
  if (reason.startsWith(overflowPrefix)) return inflatesBeyondDeclared(file)

  const message = `${file} cannot be decompressed (${reason}); zip the files again.`

  return new FatalProblem([createProblem("HR_VAL_CORRUPT_ENTRY", { file }, message)])
}

function inflatesBeyondDeclared(file: string): FatalProblem {
  const message =
    `${file} expands beyond the size its zip entry declares, as zip bombs do; it was ` +
    "not read further. Zip the files again."

  return new FatalProblem([createProblem("HR_VAL_ZIP_BOMB", { file }, message)])
}
