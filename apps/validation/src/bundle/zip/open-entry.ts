import type { Readable } from "node:stream"
import type { ZipFile } from "yauzl"
import { FatalProblem } from "../fatal-problem.js"
import { createProblem } from "../problem.js"
import type { ZipEntry } from "./open-zip.js"

/** Opens one file of the zip for reading; a file that cannot be rejects the import. */
export async function openEntry(
  zip: ZipFile,
  { entry }: ZipEntry,
  file: string,
): Promise<Readable> {
  try {
    return await zip.openReadStreamPromise(entry)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const message = `${file} cannot be decompressed (${reason}); zip the files again.`
    throw new FatalProblem([createProblem("HR_VAL_CORRUPT_ENTRY", { file }, message)])
  }
}
