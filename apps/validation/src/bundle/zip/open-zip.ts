import yauzl, { type Entry, type ZipFile } from "yauzl"
import { FatalProblem } from "../fatal-problem.js"
import { createProblem } from "../problem.js"

/** One file of the zip, with its name decoded and checked. */
export interface ZipEntry {
  readonly name: string
  readonly entry: Entry
}

/** An open zip and the entries of its central directory. */
export interface OpenZip {
  readonly zip: ZipFile
  readonly entries: readonly ZipEntry[]
}

/**
 * Opens the zip and reads its central directory. Names are decoded here rather than by
 * yauzl, because yauzl reports an unsafe name as a bare error that ends the listing;
 * decoding them ourselves turns it into a problem naming the entry.
 */
export async function openZip(zipPath: string): Promise<OpenZip> {
  const zip = await openArchive(zipPath)

  try {
    return { zip, entries: await listEntries(zip) }
  } catch (error) {
    zip.close()
    throw error
  }
}

async function openArchive(zipPath: string): Promise<ZipFile> {
  try {
    // autoClose would close the file once the listing ends, before any entry is read.
    return await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
    })
  } catch (error) {
    // A file that cannot be opened at all is the caller's failure, not the upload's.
    if (isSystemError(error)) throw error
    throw notAZip(error)
  }
}

function isSystemError(error: unknown): boolean {
  return error instanceof Error && "code" in error && "syscall" in error
}

async function listEntries(zip: ZipFile): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = []

  try {
    for await (const entry of zip.eachEntry()) entries.push(nameEntry(entry))
  } catch (error) {
    if (error instanceof FatalProblem) throw error
    throw notAZip(error)
  }

  if (entries.length === 0) throw emptyZip()
  return entries
}

function nameEntry(entry: Entry): ZipEntry {
  const name = yauzl.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileNameRaw,
    entry.extraFields,
    false,
  )

  if (yauzl.validateFileName(name) !== null) throw unsafePath(name)
  return { name, entry }
}

function notAZip(error: unknown): FatalProblem {
  const reason = error instanceof Error ? error.message : String(error)
  const message = `The upload is not a readable zip archive (${reason}); upload a .zip file.`

  return new FatalProblem([createProblem("HR_VAL_NOT_A_ZIP", {}, message)])
}

function emptyZip(): FatalProblem {
  const message = "The zip archive holds no files; it must hold the OneRoster CSV files."

  return new FatalProblem([createProblem("HR_VAL_EMPTY_ZIP", {}, message)])
}

function unsafePath(name: string): FatalProblem {
  const message =
    `The entry "${name}" has an absolute path or climbs out of its folder with "..";` +
    " zip entries must use relative paths."

  return new FatalProblem([createProblem("HR_VAL_UNSAFE_PATH", { file: name }, message)])
}
