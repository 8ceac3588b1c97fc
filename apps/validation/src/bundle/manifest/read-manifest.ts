import type { Problem } from "@homeroom/contracts"
import type { ZipFile } from "yauzl"
import type { CsvLimits, CsvRecord } from "../csv/csv-record.js"
import { readCsv } from "../csv/read-csv.js"
import { createProblem } from "../problem.js"
import { openEntry } from "../zip/open-entry.js"
import type { ZipEntry } from "../zip/open-zip.js"

/** A manifest holds a few dozen rows; past this many the rest is not read. */
const maxRecords = 1000

/** What was read from manifest.csv: its records, header first, and any problem. */
export interface ManifestReading {
  readonly records: readonly CsvRecord[]
  readonly problems: readonly Problem[]
}

/** Reads the manifest's records; it is small, so all are kept, up to a bound. */
export async function readManifest(
  zip: ZipFile,
  zipEntry: ZipEntry,
  limits: CsvLimits,
): Promise<ManifestReading> {
  const stream = await openEntry(zip, zipEntry, "manifest.csv")
  const records: CsvRecord[] = []

  for await (const batch of readCsv(stream, "manifest.csv", limits)) {
    records.push(...batch)
    if (records.length > maxRecords) return { records, problems: [tooLong()] }
  }

  return { records, problems: [] }
}

function tooLong(): Problem {
  const message = `manifest.csv holds more than ${maxRecords} rows; the rest was not read.`

  return createProblem("HR_VAL_MANIFEST_PROPERTY", { file: "manifest.csv" }, message)
}
