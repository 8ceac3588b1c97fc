import { readFile, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { describe, expect, test } from "vitest"
import { BrokenBundles } from "./support/broken-bundles.js"
import { error, warning } from "./support/problems.js"
import { validateFiles, validatePath } from "./support/run-validation.js"
import { tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace, writeZip } from "./support/zip-bundle.js"

const workspace = useWorkspace()

const required =
  "academicSessions.csv, orgs.csv, users.csv, classes.csv, enrollments.csv, at the root of the zip or together in one folder."

function rejected(code: string, message: string) {
  return { outcome: "rejected", rejection: { code, message } }
}

describe("the zip itself", () => {
  test("a file that is not a zip is rejected", async () => {
    const path = await BrokenBundles.notAZip(workspace())

    const { report, problems, sink } = await validatePath(path)

    const message =
      "The upload is not a readable zip archive (End of central directory record signature not found. Either not a zip file, or file is truncated.); upload a .zip file."
    expect(problems).toEqual([
      error("HR_VAL_NOT_A_ZIP", [null, null, null, null], message),
    ])
    expect(report).toEqual({
      ...rejected("HR_VAL_NOT_A_ZIP", message),
      files: [],
      logicalFiles: [],
      errorCount: 1,
      warningCount: 0,
    })
    expect(sink.opened()).toEqual([])
  })

  test("a path where no file exists is the caller's failure, not a rejection", async () => {
    await expect(validatePath(join(workspace(), "missing.zip"))).rejects.toThrow(/ENOENT/)
  })

  test("an empty zip is rejected", async () => {
    const { report, problems } = await validatePath(
      await BrokenBundles.emptyZip(workspace()),
    )

    const message =
      "The zip archive holds no files; it must hold the OneRoster CSV files."
    expect(problems).toEqual([
      error("HR_VAL_EMPTY_ZIP", [null, null, null, null], message),
    ])
    expect(report).toMatchObject(rejected("HR_VAL_EMPTY_ZIP", message))
  })

  test("a missing required file rejects the import, naming the file", async () => {
    const files = tinyBundle()
    delete files["users.csv"]
    delete files["classes.csv"]

    const { report, problems, sink } = await validateFiles(workspace(), files)

    expect(problems).toEqual([
      error(
        "HR_VAL_FILE_MISSING",
        ["users.csv", null, null, null],
        `users.csv is missing; a bundle must hold ${required}`,
      ),
      error(
        "HR_VAL_FILE_MISSING",
        ["classes.csv", null, null, null],
        `classes.csv is missing; a bundle must hold ${required}`,
      ),
    ])
    expect(report).toEqual({
      ...rejected(
        "HR_VAL_FILE_MISSING",
        `users.csv is missing; a bundle must hold ${required}`,
      ),
      files: [],
      logicalFiles: [],
      errorCount: 2,
      warningCount: 0,
    })
    expect(sink.opened()).toEqual([])
  })

  test("the five files inside one folder are read, and other files are ignored", async () => {
    const inFolder = Object.fromEntries(
      Object.entries(tinyBundle()).map(([name, content]) => [`export/${name}`, content]),
    )
    const files = {
      ...inFolder,
      "export/manifest.csv":
        "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n",
      "export/demographics.csv": "sourcedId\n",
      "readme.txt": "hello",
    }

    const { report, problems } = await validateFiles(workspace(), files)

    expect(problems).toEqual([
      warning(
        "HR_VAL_FILE_IGNORED",
        ["export/demographics.csv", null, null, null],
        "export/demographics.csv is a OneRoster file the platform does not read; it was ignored.",
      ),
      warning(
        "HR_VAL_UNKNOWN_FILE",
        ["readme.txt", null, null, null],
        "readme.txt is not a file of a OneRoster bundle; it was ignored.",
      ),
    ])
    expect(report).toMatchObject({ outcome: "validated", errorCount: 0, warningCount: 2 })
  })

  test("required files split across folders reject the import", async () => {
    const files = tinyBundle()
    files["a/users.csv"] = files["users.csv"] ?? ""
    delete files["users.csv"]

    const { problems } = await validateFiles(workspace(), files)

    expect(problems).toEqual([
      error(
        "HR_VAL_FILES_SCATTERED",
        [null, null, null, null],
        "The required files are in different folders (academicSessions.csv in the root, orgs.csv in the root, users.csv in a/, classes.csv in the root, enrollments.csv in the root); put them together at the root of the zip or in one folder.",
      ),
    ])
  })

  test("a required file twice, in two folders, rejects the import", async () => {
    const files = tinyBundle()
    files["backup/users.csv"] = files["users.csv"] ?? ""

    const { problems } = await validateFiles(workspace(), files)

    expect(problems).toEqual([
      error(
        "HR_VAL_DUPLICATE_FILE",
        ["users.csv", null, null, null],
        "users.csv appears more than once: users.csv, backup/users.csv; a bundle must hold each file once.",
      ),
    ])
  })

  test("the same path twice in the zip rejects the import", async () => {
    const { problems } = await validatePath(
      await BrokenBundles.sameFileTwice(workspace()),
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_DUPLICATE_FILE",
        ["orgs.csv", null, null, null],
        '"orgs.csv" appears more than once in the zip; a bundle must hold each file once.',
      ),
    ])
  })

  test("an entry whose path climbs out of its folder rejects the import", async () => {
    const { problems } = await validatePath(
      await BrokenBundles.climbingEntry(workspace()),
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_UNSAFE_PATH",
        ["../evil.csv", null, null, null],
        'The entry "../evil.csv" has an absolute path or climbs out of its folder with ".."; zip entries must use relative paths.',
      ),
    ])
  })

  test("a file that inflates beyond the limits is refused before it is read", async () => {
    const rows = Array.from(
      { length: 40_000 },
      (_, index) => `e${index},,,c1,s1,u1,teacher,,,`,
    )
    const files = tinyBundle({ rows: { "enrollments.csv": rows } })

    const { report, problems, sink } = await validateFiles(workspace(), files, {
      maxCompressionRatio: 3,
      maxTotalBytes: 1000,
    })

    expect(problems.map((problem) => [problem.code, problem.file])).toEqual([
      ["HR_VAL_ZIP_BOMB", "enrollments.csv"],
      ["HR_VAL_ZIP_BOMB", null],
    ])
    expect(problems[1]?.message).toMatch(
      /^The files expand to \d+ bytes together, beyond the limit of 1000 bytes; they were not read\.$/,
    )
    expect(report).toMatchObject({ outcome: "rejected", files: [] })
    expect(sink.opened()).toEqual([])
  })

  test("a file larger than the entry limit is refused with the limits in the message", async () => {
    const files = tinyBundle()
    const size = Buffer.byteLength(files["users.csv"] ?? "")

    const { problems } = await validateFiles(workspace(), files, {
      maxEntryBytes: size - 1,
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_ZIP_BOMB",
        ["users.csv", null, null, null],
        `users.csv expands to ${size} bytes, beyond any real roster (limits: ${size - 1} bytes a file, 200 times compression); it was not read.`,
      ),
    ])
  })

  test("a file whose compressed data is damaged rejects the import", async () => {
    const path = await writeZip(workspace(), tinyBundle())
    const bytes = await readFile(path)
    const dataStart = 30 + bytes.readUInt16LE(26) + bytes.readUInt16LE(28)
    bytes.fill(0xff, dataStart, dataStart + 8)
    await writeFile(path, bytes)

    const { report, problems } = await validatePath(path)

    expect(problems.map((problem) => [problem.code, problem.file])).toEqual([
      ["HR_VAL_CORRUPT_ENTRY", "academicSessions.csv"],
    ])
    expect(report).toMatchObject({ outcome: "rejected" })
  })
})
