import type { Problem } from "@homeroom/contracts"
import type { CsvRecord } from "../csv/csv-record.js"
import { createProblem } from "../problem.js"

/** How the manifest's header reads: whether its rows can be read, and any warning. */
export interface ManifestHeaderReading {
  readonly readable: boolean
  readonly problem: Problem | undefined
}

const file = "manifest.csv"

/**
 * The header is `propertyName,value`. Some tools write `propertyValue`, which is read
 * as `value` with a warning; any other header leaves the manifest unread, with a
 * warning, since the manifest only hints at what the files hold.
 */
export function readManifestHeader(header: CsvRecord | undefined): ManifestHeaderReading {
  if (header === undefined)
    return unreadable("manifest.csv is empty; it was not read.", null)

  const names = header.fields.map((field) => field.trim().toLowerCase())
  if (names.length !== 2 || names[0] !== "propertyname") return unreadableHeader(header)
  if (names[1] === "value") return { readable: true, problem: undefined }
  if (names[1] !== "propertyvalue") return unreadableHeader(header)

  const message =
    "manifest.csv names its second column propertyValue; OneRoster names it value. " +
    "It was read as value."
  const place = { file, line: 1, column: "value", value: header.fields[1] ?? null }
  return {
    readable: true,
    problem: createProblem("HR_VAL_MANIFEST_HEADER", place, message),
  }
}

function unreadableHeader(header: CsvRecord): ManifestHeaderReading {
  const message =
    "The header of manifest.csv must be propertyName,value; the manifest was not read."

  return unreadable(message, header.fields.join(","))
}

function unreadable(message: string, value: string | null): ManifestHeaderReading {
  const place = { file, line: value === null ? null : 1, value }

  return {
    readable: false,
    problem: createProblem("HR_VAL_MANIFEST_HEADER", place, message),
  }
}
