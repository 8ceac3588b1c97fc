import type { Problem } from "@homeroom/contracts"
import type { CsvRecord } from "../csv/csv-record.js"
import { createProblem } from "../problem.js"
import { OneRosterDataFiles } from "../zip/oneroster-files.js"

/** One property of the manifest, with the line it was read from. */
export interface ManifestProperty {
  readonly line: number
  readonly value: string
}

/** The manifest's properties by name, and the warnings reading them gave. */
export interface ManifestProperties {
  readonly properties: ReadonlyMap<string, ManifestProperty>
  readonly problems: readonly Problem[]
}

const KnownProperties: ReadonlySet<string> = new Set([
  "manifest.version",
  "oneroster.version",
  "source.systemName",
  "source.systemCode",
  ...OneRosterDataFiles.map((name) => `file.${name}`),
])

/**
 * Reads the rows after the header as `propertyName,value` pairs. Names are matched
 * exactly; an unknown one (a typo such as `fiel.users`) is reported and skipped.
 */
export function readManifestProperties(rows: readonly CsvRecord[]): ManifestProperties {
  const properties = new Map<string, ManifestProperty>()
  const problems: Problem[] = []

  for (const { line, fields } of rows) {
    if (fields.length === 1 && fields[0]?.trim() === "") continue

    const fault = propertyFault(line, fields)
    if (fault !== undefined) problems.push(fault)
    else properties.set(fields[0]?.trim() ?? "", { line, value: fields[1]?.trim() ?? "" })
  }

  return { properties, problems }
}

function propertyFault(line: number, fields: readonly string[]): Problem | undefined {
  if (fields.length !== 2) {
    const message =
      `The row has ${fields.length} fields; a manifest row holds a propertyName and a ` +
      "value. It was ignored."
    return createProblem(
      "HR_VAL_MANIFEST_PROPERTY",
      { file: "manifest.csv", line },
      message,
    )
  }

  const name = fields[0]?.trim() ?? ""
  if (KnownProperties.has(name)) return undefined

  const message = `"${name}" is not a manifest property of OneRoster 1.1 or 1.2; the row was ignored.`
  const place = { file: "manifest.csv", line, column: "propertyName", value: name }
  return createProblem("HR_VAL_MANIFEST_PROPERTY", place, message)
}
