import { createWriteStream } from "node:fs"
import type { Writable } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { RequiredFileName } from "@homeroom/contracts"
import { RequiredFiles } from "@homeroom/contracts"
import { ZipFile } from "yazl"
import type { FileTally } from "./csv-file.js"
import { csvFileStream } from "./csv-file.js"
import { exportMomentOf } from "./model/calendar.js"
import type { District } from "./model/district.js"
import { resolveDistrict } from "./model/district.js"
import type { DistrictOptions } from "./options.js"
import { academicSessionRecords } from "./records/academic-sessions.js"
import { classRecords } from "./records/classes.js"
import { enrollmentRecords } from "./records/enrollments.js"
import { orgRecords } from "./records/orgs.js"
import { userRecords } from "./records/users.js"
import { createZipMeter } from "./zip-meter.js"

/** What one file of a written bundle holds. */
export interface BundleFileSummary {
  /** Data rows, the header not counted. */
  readonly rows: number
  /** Uncompressed size in bytes, the header included. */
  readonly bytes: number
}

/** What a written bundle holds. */
export interface BundleSummary {
  /** Size of the zip in bytes. */
  readonly zipBytes: number
  /** SHA-256 of the zip, hex. */
  readonly sha256: string
  /** Each of the five files. */
  readonly files: Readonly<Record<RequiredFileName, BundleFileSummary>>
}

/** A bundle written to a file. */
export interface GeneratedBundle extends BundleSummary {
  /** Where the zip was written. */
  readonly path: string
}

const RecordsOfFile = {
  "academicSessions.csv": academicSessionRecords,
  "orgs.csv": orgRecords,
  "users.csv": userRecords,
  "classes.csv": classRecords,
  "enrollments.csv": enrollmentRecords,
} as const satisfies Record<RequiredFileName, unknown>

/** Deflate level of the zip entries; zlib's default, the usual one for exports. */
const CompressionLevel = 6

/**
 * Writes a district's day export as a OneRoster 1.1 bulk zip to `output` and resolves
 * once it is fully written. Rows are generated as the zip is written, so memory stays
 * flat however large the district; the same options always give the same bytes.
 * Options out of range reject with a `RangeError` before anything is written.
 */
export async function writeBundle(
  options: DistrictOptions,
  output: Writable,
): Promise<BundleSummary> {
  return writeDistrict(resolveDistrict(options), output)
}

/** Writes a district's day export as a zip file at `path`, replacing any file there. */
export async function generateBundle(
  path: string,
  options: DistrictOptions = {},
): Promise<GeneratedBundle> {
  const district = resolveDistrict(options)
  const summary = await writeDistrict(district, createWriteStream(path))

  return { path, ...summary }
}

async function writeDistrict(
  district: District,
  output: Writable,
): Promise<BundleSummary> {
  const zip = new ZipFile()
  const tallies = addFiles(zip, district)
  const meter = createZipMeter()

  zip.end()
  await pipeline(zip.outputStream, meter.stream, output)

  return { zipBytes: meter.bytes(), sha256: meter.sha256(), files: tallies }
}

function addFiles(zip: ZipFile, district: District): Record<RequiredFileName, FileTally> {
  const mtime = exportMomentOf(district)
  const tallies = {
    "academicSessions.csv": emptyTally(),
    "orgs.csv": emptyTally(),
    "users.csv": emptyTally(),
    "classes.csv": emptyTally(),
    "enrollments.csv": emptyTally(),
  }

  for (const file of RequiredFiles) {
    const stream = csvFileStream(file, RecordsOfFile[file](district), tallies[file])
    // yazl pipes each entry without watching for errors; a failing entry must fail the
    // zip, or the pipeline would wait forever.
    stream.once("error", (error) => zip.outputStream.emit("error", error))
    zip.addReadStream(stream, file, {
      mtime,
      forceDosTimestamp: true,
      compressionLevel: CompressionLevel,
    })
  }

  return tallies
}

function emptyTally(): FileTally {
  return { rows: 0, bytes: 0 }
}
