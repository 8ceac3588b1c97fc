import type { OneRosterFileName, Problem } from "@homeroom/contracts"
import { RequiredFiles } from "@homeroom/contracts"
import { FatalProblem } from "../fatal-problem.js"
import { createProblem } from "../problem.js"
import type { ZipEntry } from "./open-zip.js"

/** Files read when they sit beside the required ones. */
const ReadOptionalFiles = ["courses.csv"] as const

/** Files accepted beside the required ones without being read. */
const AcceptedFiles = ["manifest.csv"] as const

/** A file validation reads. */
export type ReadFileName =
  | (typeof RequiredFiles)[number]
  | (typeof ReadOptionalFiles)[number]

/** Where each file of the bundle sits in the zip. */
export interface BundleLayout {
  /** The entries read, by file name. */
  readonly files: ReadonlyMap<ReadFileName, ZipEntry>
  /** Entries that are not read, reported as ignored. */
  readonly ignored: readonly string[]
}

const requiredList = RequiredFiles.join(", ")

/**
 * Finds the five required files: at the zip's root, or all inside one folder, once
 * each. `courses.csv` beside them is read too; everything else is ignored.
 */
export function locateFiles(entries: readonly ZipEntry[]): BundleLayout {
  const files = entries.filter((zipEntry) => !zipEntry.name.endsWith("/"))
  rejectDuplicates(files)

  const folder = findBundleFolder(files)
  const located = new Map<ReadFileName, ZipEntry>()
  const ignored: string[] = []

  for (const zipEntry of files) placeEntry(zipEntry, folder, located, ignored)
  return { files: located, ignored }
}

function placeEntry(
  zipEntry: ZipEntry,
  folder: string,
  located: Map<ReadFileName, ZipEntry>,
  ignored: string[],
): void {
  const { directory, base } = splitPath(zipEntry.name)

  if (directory === folder && isReadFile(base)) located.set(base, zipEntry)
  else if (directory !== folder || !isAcceptedFile(base)) ignored.push(zipEntry.name)
}

function rejectDuplicates(files: readonly ZipEntry[]): void {
  const problems = [...duplicatePaths(files), ...requiredInSeveralPlaces(files)]

  if (problems.length > 0) throw new FatalProblem(problems)
}

function duplicatePaths(files: readonly ZipEntry[]): Problem[] {
  const seen = new Set<string>()
  const reported = new Set<string>()

  for (const { name } of files) {
    if (seen.has(name)) reported.add(name)
    seen.add(name)
  }

  return [...reported].map((name) =>
    duplicateProblem(name, `"${name}" appears more than once in the zip`),
  )
}

function requiredInSeveralPlaces(files: readonly ZipEntry[]): Problem[] {
  return RequiredFiles.flatMap((file) => {
    const paths = [...new Set(pathsOf(files, file))]
    if (paths.length < 2) return []

    return [duplicateProblem(file, `${file} appears more than once: ${paths.join(", ")}`)]
  })
}

function duplicateProblem(file: string, finding: string): Problem {
  const message = `${finding}; a bundle must hold each file once.`

  return createProblem("HR_VAL_DUPLICATE_FILE", { file }, message)
}

function findBundleFolder(files: readonly ZipEntry[]): string {
  const folders = new Map<string, string>()
  for (const file of RequiredFiles) {
    const path = pathsOf(files, file)[0]
    if (path !== undefined) folders.set(file, splitPath(path).directory)
  }

  const distinct = new Set(folders.values())
  if (distinct.size > 1) throw scattered(folders)

  const missing = RequiredFiles.filter((file) => !folders.has(file))
  if (missing.length > 0) throw new FatalProblem(missing.map(missingProblem))

  return [...distinct][0] ?? ""
}

function scattered(folders: ReadonlyMap<string, string>): FatalProblem {
  const places = [...folders].map(
    ([file, folder]) => `${file} in ${folder || "the root"}`,
  )
  const message =
    `The required files are in different folders (${places.join(", ")}); put them ` +
    "together at the root of the zip or in one folder."

  return new FatalProblem([createProblem("HR_VAL_FILES_SCATTERED", {}, message)])
}

function missingProblem(file: string): Problem {
  const message =
    `${file} is missing; a bundle must hold ${requiredList}, at the root of the zip ` +
    "or together in one folder."

  return createProblem("HR_VAL_FILE_MISSING", { file }, message)
}

function pathsOf(files: readonly ZipEntry[], file: OneRosterFileName): string[] {
  return files.map(({ name }) => name).filter((name) => splitPath(name).base === file)
}

function splitPath(name: string): { directory: string; base: string } {
  const slash = name.lastIndexOf("/")

  return { directory: name.slice(0, slash + 1), base: name.slice(slash + 1) }
}

function isReadFile(base: string): base is ReadFileName {
  return [...RequiredFiles, ...ReadOptionalFiles].includes(base as ReadFileName)
}

function isAcceptedFile(base: string): boolean {
  return (AcceptedFiles as readonly string[]).includes(base)
}
