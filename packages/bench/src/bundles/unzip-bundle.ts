import { createWriteStream } from "node:fs"
import { join } from "node:path"
import { pipeline } from "node:stream/promises"
import yauzl from "yauzl"

/** Extracts every file of a zip into `directory` and returns their paths by name. */
export async function unzipBundle(
  zipPath: string,
  directory: string,
): Promise<Map<string, string>> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true })
  const paths = new Map<string, string>()
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith("/")) continue
      const path = join(directory, entry.fileName)
      await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(path))
      paths.set(entry.fileName, path)
    }
  } finally {
    zip.close()
  }
  return paths
}
