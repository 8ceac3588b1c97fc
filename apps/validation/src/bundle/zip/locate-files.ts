import type { OneRosterFileName, Problem } from "@homeroom/contracts"
import { RequiredFiles } from "@homeroom/contracts"
import { FatalProblem } from "../fatal-problem.js"
import { createProblem } from "../problem.js"
import { isOneRosterFile } from "./oneroster-files.js"
import type { ZipEntry } from "./open-zip.js"

/** Files read when they sit beside the required ones. */
const ReadOptionalFiles = ["courses.csv"] as const

const manifestFile = "manifest.csv"

/** A file validation reads. */
export type ReadFileName =
  | (typeof RequiredFiles)[number]
  | (typeof ReadOptionalFiles)[number]

/** An entry of the zip that is not read. */
export interface IgnoredEntry {
  /** Its path inside the zip. */
  readonly name: string
  /** Whether it is a OneRoster file beside the required ones, such as demographics.csv. */
  readonly isOneRoster: boolean
}

/** Where each file of the bundle sits in the zip. */
export interface BundleLayout {
  /** The entries read, by file name. */
  readonly files: ReadonlyMap<ReadFileName, ZipEntry>
  /** The manifest, when the bundle has one beside the required files. */
  readonly manifest: ZipEntry | undefined
  /** The names of all files beside the required ones (themselves included). */
  readonly present: ReadonlySet<string>
  /** Entries that are not read, reported as ignored. */
  readonly ignored: readonly IgnoredEntry[]
}

const requiredList = RequiredFiles.join(", ")

/**
 * Finds the five required files: at the zip's root, or all inside one folder, once
 * each. `courses.csv` and `manifest.csv` beside them are read too; everything else is
 * ignored.
 */
export function locateFiles(entries: readonly ZipEntry[]): BundleLayout {
  const files = entries.filter((zipEntry) => !zipEntry.name.endsWith("/"))
  rejectDuplicates(files)

  const folder = findBundleFolder(files)
  const layout: LayoutDraft = {
    files: new Map(),
    manifest: undefined,
    present: new Set(),
    ignored: [],
  }

  for (const zipEntry of files) placeEntry(zipEntry, folder, layout)
  return layout
}

/** A layout while entries are placed in it. */
interface LayoutDraft {
  files: Map<ReadFileName, ZipEntry>
  manifest: ZipEntry | undefined
  present: Set<string>
  ignored: IgnoredEntry[]
}

function placeEntry(zipEntry: ZipEntry, folder: string, layout: LayoutDraft): void {
  const { directory, base } = splitPath(zipEntry.name)
  const beside = directory === folder
  if (beside) layout.present.add(base)

  if (beside && isReadFile(base)) layout.files.set(base, zipEntry)
  else if (beside && base === manifestFile) layout.manifest = zipEntry
  else
    layout.ignored.push({
      name: zipEntry.name,
      isOneRoster: beside && isOneRosterFile(base),
    })
}

function rejectDuplicates(files: readonly ZipEntry[]): void {
  const problems = [...duplicatePaths(files), ...readInSeveralPlaces(files)]

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

/** A file the platform reads, or the manifest, in two folders: which one is meant? */
function readInSeveralPlaces(files: readonly ZipEntry[]): Problem[] {
  const names: readonly OneRosterFileName[] = [
    ...RequiredFiles,
    ...ReadOptionalFiles,
    manifestFile,
  ]

  return names.flatMap((file) => {
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

/** Whether the platform reads a file of this name. */
export function isReadFile(base: string): base is ReadFileName {
  return [...RequiredFiles, ...ReadOptionalFiles].includes(base as ReadFileName)
}
