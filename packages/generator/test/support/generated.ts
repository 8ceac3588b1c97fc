import { join } from "node:path"
import type { DistrictOptions, GeneratedBundle } from "../../src/index.js"
import { generateBundle } from "../../src/index.js"
import type { BundleTable } from "./read-bundle.js"
import { readBundle } from "./read-bundle.js"

/** A bundle written to disk and read back. */
export interface ReadBack {
  readonly bundle: GeneratedBundle
  readonly tables: Map<string, BundleTable>
}

let written = 0

/** Generates a bundle into `folder` under a fresh name and parses it. */
export async function generateAndRead(
  folder: string,
  options: DistrictOptions,
): Promise<ReadBack> {
  written += 1
  const bundle = await generateBundle(join(folder, `bundle-${written}.zip`), options)

  return { bundle, tables: await readBundle(bundle.path) }
}
