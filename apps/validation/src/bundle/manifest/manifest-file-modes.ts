import { ManifestFileModes, type Problem } from "@homeroom/contracts"
import { createProblem } from "../problem.js"
import { isReadFile } from "../zip/locate-files.js"
import { OneRosterDataFiles } from "../zip/oneroster-files.js"
import type { ManifestProperty } from "./manifest-properties.js"

const file = "manifest.csv"

/**
 * Each `file.*` value is `absent`, `bulk` or `delta`, and agrees with the zip: a file
 * declared absent is not there, a file declared bulk or delta is. The files present
 * win over the manifest (the specification calls its values hints), so disagreements
 * are warnings. A delta file is read as a full export: deltas are not applied as
 * changes, so the district is told that what the file leaves out is removed.
 */
export function checkFileModes(
  properties: ReadonlyMap<string, ManifestProperty>,
  present: ReadonlySet<string>,
): Problem[] {
  return OneRosterDataFiles.flatMap((name) => {
    const property = properties.get(`file.${name}`)
    return property === undefined ? [] : checkFileMode(name, property, present)
  })
}

function checkFileMode(
  name: string,
  property: ManifestProperty,
  present: ReadonlySet<string>,
): Problem[] {
  const mode = property.value
  const csvName = `${name}.csv`
  const place = { file, line: property.line, column: "value", value: mode }

  if (!(ManifestFileModes as readonly string[]).includes(mode)) {
    const message = `file.${name} must be absent, bulk or delta; "${mode}" was ignored.`
    return [createProblem("HR_VAL_MANIFEST_FILE_MODE", place, message)]
  }

  const isPresent = present.has(csvName)
  const problems: Problem[] = []
  if ((mode === "absent") === isPresent)
    problems.push(mismatch(name, mode, isPresent, place))
  if (mode === "delta" && isPresent && isReadFile(csvName)) {
    const message =
      `manifest.csv declares file.${name} delta, but the platform reads every file as a ` +
      `full export: records that ${csvName} leaves out are removed. Send full exports.`
    problems.push(createProblem("HR_VAL_DELTA_READ_AS_BULK", place, message))
  }
  return problems
}

function mismatch(
  name: string,
  mode: string,
  isPresent: boolean,
  place: { file: string; line: number; column: string; value: string },
): Problem {
  const finding = isPresent
    ? `but the zip holds ${name}.csv; the files present were used`
    : `but the zip has no ${name}.csv beside the other files`
  const message = `manifest.csv declares file.${name} ${mode}, ${finding}.`

  return createProblem("HR_VAL_MANIFEST_FILE_MISMATCH", place, message)
}
