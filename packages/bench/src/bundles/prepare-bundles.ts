import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import {
  type DistrictOptions,
  type DistrictSize,
  generateBundle,
} from "@homeroom/generator"
import type { BundleFacts } from "../report/result.js"
import { unzipBundle } from "./unzip-bundle.js"

/** A day's export on disk: the zip for upload, its CSV files for the floor. */
export interface PreparedBundle {
  readonly options: DistrictOptions
  readonly zipPath: string
  /** The unzipped CSV files, by file name. */
  readonly csvPaths: ReadonlyMap<string, string>
  readonly facts: BundleFacts
}

/** The district's first-day export and the next day's, of one size. */
export interface PreparedDays {
  readonly firstDay: PreparedBundle
  readonly nextDay: PreparedBundle
}

/** The seed every run uses, so sizes and figures compare across runs. */
export const BenchSeed = 1

/** Generates the first-day (day 0) and next-day (day 1) exports of a size. */
export async function prepareBundles(
  size: DistrictSize,
  directory: string,
): Promise<PreparedDays> {
  return {
    firstDay: await prepareDay(size, 0, directory),
    nextDay: await prepareDay(size, 1, directory),
  }
}

async function prepareDay(
  size: DistrictSize,
  day: number,
  directory: string,
): Promise<PreparedBundle> {
  const options: DistrictOptions = { size, seed: BenchSeed, day }
  const zipPath = join(directory, `district-${size}-day${day}.zip`)

  const started = performance.now()
  const generated = await generateBundle(zipPath, options)
  const generatedMs = Math.round(performance.now() - started)

  const csvDirectory = join(directory, `district-${size}-day${day}`)
  await mkdir(csvDirectory, { recursive: true })
  const csvPaths = await unzipBundle(zipPath, csvDirectory)
  const rows = Object.values(generated.files).reduce(
    (total, file) => total + file.rows,
    0,
  )
  return {
    options,
    zipPath,
    csvPaths,
    facts: { day, zipBytes: generated.zipBytes, rows, generatedMs },
  }
}
