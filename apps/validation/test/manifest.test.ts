import { describe, expect, test } from "vitest"
import { warning } from "./support/problems.js"
import { validateFiles } from "./support/run-validation.js"
import { csv, tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

async function validateWithManifest(
  manifest: string,
  files: Record<string, string> = {},
) {
  return validateFiles(workspace(), {
    ...tinyBundle(),
    "manifest.csv": manifest,
    ...files,
  })
}

describe("manifest.csv", () => {
  test("a manifest that agrees with the files gives no problem", async () => {
    const { report, problems } = await validateWithManifest(
      csv(
        "propertyName,value",
        "manifest.version,1.0",
        "oneroster.version,1.1",
        "source.systemName,Lakeside SIS",
        "file.academicSessions,bulk",
        "file.orgs,bulk",
        "file.users,bulk",
        "file.classes,bulk",
        "file.enrollments,bulk",
        "file.courses,absent",
        "file.demographics,absent",
      ),
    )

    expect(problems).toEqual([])
    expect(report.outcome).toBe("validated")
  })

  test("each disagreement with the specification or the zip is a warning", async () => {
    const { report, problems } = await validateWithManifest(
      csv(
        "propertyName,propertyValue",
        "manifest.version,1",
        "oneroster.version,1.0",
        "fiel.classes,bulk",
        "file.users,delta",
        "file.orgs,absent",
        "file.courses,full",
        "file.demographics,bulk",
      ),
    )

    expect(problems).toEqual([
      warning(
        "HR_VAL_MANIFEST_HEADER",
        ["manifest.csv", 1, "value", "propertyValue"],
        "manifest.csv names its second column propertyValue; OneRoster names it value. It was read as value.",
      ),
      warning(
        "HR_VAL_MANIFEST_PROPERTY",
        ["manifest.csv", 4, "propertyName", "fiel.classes"],
        '"fiel.classes" is not a manifest property of OneRoster 1.1 or 1.2; the row was ignored.',
      ),
      warning(
        "HR_VAL_MANIFEST_VERSION",
        ["manifest.csv", 2, "value", "1"],
        "manifest.version is 1; it must be written 1.0 (spreadsheet programs turn 1.0 into 1 when they save a file).",
      ),
      warning(
        "HR_VAL_MANIFEST_VERSION",
        ["manifest.csv", 3, "value", "1.0"],
        "oneroster.version is 1.0, not 1.1 or 1.2; the files were read as OneRoster 1.1.",
      ),
      warning(
        "HR_VAL_MANIFEST_FILE_MODE",
        ["manifest.csv", 7, "value", "full"],
        'file.courses must be absent, bulk or delta; "full" was ignored.',
      ),
      warning(
        "HR_VAL_MANIFEST_FILE_MISMATCH",
        ["manifest.csv", 8, "value", "bulk"],
        "manifest.csv declares file.demographics bulk, but the zip has no demographics.csv beside the other files.",
      ),
      warning(
        "HR_VAL_MANIFEST_FILE_MISMATCH",
        ["manifest.csv", 6, "value", "absent"],
        "manifest.csv declares file.orgs absent, but the zip holds orgs.csv; the files present were used.",
      ),
      warning(
        "HR_VAL_DELTA_READ_AS_BULK",
        ["manifest.csv", 5, "value", "delta"],
        "manifest.csv declares file.users delta, but the platform reads every file as a full export: records that users.csv leaves out are removed. Send full exports.",
      ),
    ])
    expect(report).toMatchObject({ outcome: "validated", errorCount: 0, warningCount: 8 })
  })

  test("a manifest with another header is not read, with a warning", async () => {
    const { problems } = await validateWithManifest(
      csv("name,value", "manifest.version,2"),
    )

    expect(problems).toEqual([
      warning(
        "HR_VAL_MANIFEST_HEADER",
        ["manifest.csv", 1, null, "name,value"],
        "The header of manifest.csv must be propertyName,value; the manifest was not read.",
      ),
    ])
  })

  test("missing versions and malformed rows are warnings", async () => {
    const { problems } = await validateWithManifest(
      csv("propertyName,value", "file.users,bulk,extra", ""),
    )

    expect(problems).toEqual([
      warning(
        "HR_VAL_MANIFEST_PROPERTY",
        ["manifest.csv", 2, null, null],
        "The row has 3 fields; a manifest row holds a propertyName and a value. It was ignored.",
      ),
      warning(
        "HR_VAL_MANIFEST_VERSION",
        ["manifest.csv", null, "propertyName", "manifest.version"],
        "manifest.csv has no manifest.version row; it should be 1.0.",
      ),
      warning(
        "HR_VAL_MANIFEST_VERSION",
        ["manifest.csv", null, "propertyName", "oneroster.version"],
        "manifest.csv has no oneroster.version row; the files were read as OneRoster 1.1.",
      ),
    ])
  })

  test("a manifest in two folders rejects the import", async () => {
    const manifest = csv("propertyName,value", "manifest.version,1.0")
    const { report } = await validateWithManifest(manifest, {
      "old/manifest.csv": manifest,
    })

    expect(report.rejection).toEqual({
      code: "HR_VAL_DUPLICATE_FILE",
      message:
        "manifest.csv appears more than once: manifest.csv, old/manifest.csv; a bundle must hold each file once.",
    })
  })
})
