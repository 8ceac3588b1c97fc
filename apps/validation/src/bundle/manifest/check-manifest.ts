import type { Problem } from "@homeroom/contracts"
import { checkFileModes } from "./manifest-file-modes.js"
import { readManifestHeader } from "./manifest-header.js"
import { readManifestProperties } from "./manifest-properties.js"
import { checkVersions } from "./manifest-versions.js"
import type { ManifestReading } from "./read-manifest.js"

/**
 * Checks a manifest against the specification and the zip. Every finding is a
 * warning: without a manifest every file is read as a full export, and with one it is
 * too, so the manifest never changes what is imported.
 */
export function checkManifest(
  reading: ManifestReading,
  present: ReadonlySet<string>,
): Problem[] {
  const [header, ...rows] = reading.records
  const headerReading = readManifestHeader(header)
  const problems = [...reading.problems]
  if (headerReading.problem !== undefined) problems.push(headerReading.problem)
  if (!headerReading.readable) return problems

  const { properties, problems: propertyProblems } = readManifestProperties(rows)
  return [
    ...problems,
    ...propertyProblems,
    ...checkVersions(properties),
    ...checkFileModes(properties, present),
  ]
}
