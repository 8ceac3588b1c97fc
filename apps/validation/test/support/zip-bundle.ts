import { once } from "node:events"
import { createWriteStream } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll } from "vitest"
import { ZipFile } from "yazl"

/** The files of a bundle, by path inside the zip. */
export type BundleFiles = Record<string, string | Buffer>

/** A temporary folder for one test file's zips, removed after the file's tests. */
export function useWorkspace(): () => string {
  let directory: string | undefined

  afterAll(async () => {
    if (directory !== undefined) await rm(directory, { recursive: true, force: true })
  })
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "validation-test-"))
  })

  return () => {
    if (directory === undefined) throw new Error("workspace used before beforeAll ran")
    return directory
  }
}

let zipCount = 0

/** Writes the files into a new zip in the folder and returns its path. */
export async function writeZip(directory: string, files: BundleFiles): Promise<string> {
  return writeZipEntries(directory, Object.entries(files))
}

/** Writes entries into a new zip, in order; the same name may appear twice. */
export async function writeZipEntries(
  directory: string,
  entries: readonly (readonly [string, string | Buffer])[],
): Promise<string> {
  zipCount += 1
  const path = join(directory, `bundle-${zipCount}.zip`)
  const zip = new ZipFile()

  for (const [name, content] of entries) zip.addBuffer(Buffer.from(content), name)
  zip.end()

  const output = createWriteStream(path)
  zip.outputStream.pipe(output)
  await once(output, "close")
  return path
}
