import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll } from "vitest"

/** A fresh folder for one test file's bundles, removed after the file's tests. */
export async function temporaryFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "homeroom-generator-"))
  afterAll(() => rm(folder, { recursive: true, force: true }))

  return folder
}
