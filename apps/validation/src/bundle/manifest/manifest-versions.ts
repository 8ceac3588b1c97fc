import type { Problem } from "@homeroom/contracts"
import { createProblem } from "../problem.js"
import type { ManifestProperty } from "./manifest-properties.js"

const file = "manifest.csv"

/**
 * `manifest.version` is `1.0` and `oneroster.version` is `1.1` or `1.2`. A wrong or
 * missing version is only a warning: the files' headers decide how they are read.
 */
export function checkVersions(
  properties: ReadonlyMap<string, ManifestProperty>,
): Problem[] {
  return [
    manifestVersionFault(properties.get("manifest.version")),
    oneRosterVersionFault(properties.get("oneroster.version")),
  ].filter((problem) => problem !== undefined)
}

function manifestVersionFault(
  property: ManifestProperty | undefined,
): Problem | undefined {
  if (property === undefined) {
    return missing(
      "manifest.version",
      "manifest.csv has no manifest.version row; it should be 1.0.",
    )
  }
  if (property.value === "1.0") return undefined

  const message =
    property.value === "1"
      ? "manifest.version is 1; it must be written 1.0 (spreadsheet programs turn 1.0 " +
        "into 1 when they save a file)."
      : `manifest.version is ${property.value}; it must be 1.0.`
  return versionProblem(property, message)
}

function oneRosterVersionFault(
  property: ManifestProperty | undefined,
): Problem | undefined {
  const readAs = "the files were read as OneRoster 1.1."
  if (property === undefined) {
    return missing(
      "oneroster.version",
      `manifest.csv has no oneroster.version row; ${readAs}`,
    )
  }
  if (property.value === "1.1" || property.value === "1.2") return undefined

  const message = `oneroster.version is ${property.value}, not 1.1 or 1.2; ${readAs}`
  return versionProblem(property, message)
}

function versionProblem(property: ManifestProperty, message: string): Problem {
  const place = { file, line: property.line, column: "value", value: property.value }

  return createProblem("HR_VAL_MANIFEST_VERSION", place, message)
}

function missing(name: string, message: string): Problem {
  return createProblem(
    "HR_VAL_MANIFEST_VERSION",
    { file, column: "propertyName", value: name },
    message,
  )
}
