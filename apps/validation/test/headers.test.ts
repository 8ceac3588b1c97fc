import { describe, expect, test } from "vitest"
import { error, warning } from "./support/problems.js"
import { validateFiles } from "./support/run-validation.js"
import { csv, Headers, tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

const orgsHeader =
  "The header of orgs.csv must be: sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId (letter case aside), optionally followed by metadata.* columns."

const orgRows = ["d1,,,Lakeside District,district,,", "s1,,,Lakeside High,school,LHS,d1"]

async function validateOrgsHeader(header: string, rows = orgRows) {
  return validateFiles(
    workspace(),
    tinyBundle({ files: { "orgs.csv": csv(header, ...rows) } }),
  )
}

describe("file headers", () => {
  test("a missing column rejects the import with the expected header", async () => {
    const { report, problems } = await validateOrgsHeader(
      "sourcedId,status,dateLastModified,name,type,parentSourcedId",
      ["d1,,,Lakeside District,district,", "s1,,,Lakeside High,school,d1"],
    )

    const message = `The column "identifier" is missing. ${orgsHeader}`
    expect(problems).toEqual([
      error(
        "HR_VAL_HEADER_MISMATCH",
        ["orgs.csv", 1, "identifier", "parentSourcedId"],
        message,
      ),
    ])
    expect(report).toEqual({
      outcome: "rejected",
      files: [
        { file: "academicSessions.csv", rowsRead: 2, rowsWithErrors: 0, warnings: 0 },
        { file: "orgs.csv", rowsRead: 0, rowsWithErrors: 0, warnings: 0 },
      ],
      logicalFiles: [
        { kind: "orgs", rowsRead: 0, rowsWithErrors: 0, warnings: 0 },
        { kind: "academicSessions", rowsRead: 2, rowsWithErrors: 0, warnings: 0 },
      ],
      errorCount: 1,
      warningCount: 0,
      rejection: { code: "HR_VAL_HEADER_MISMATCH", message },
    })
  })

  test("an unknown column rejects the import", async () => {
    const { problems } = await validateOrgsHeader(
      "sourcedId,status,dateLastModifed,name,type,identifier,parentSourcedId",
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_HEADER_MISMATCH",
        ["orgs.csv", 1, "dateLastModifed", "dateLastModifed"],
        `Column 3, "dateLastModifed", is not a column of orgs.csv. ${orgsHeader}`,
      ),
    ])
  })

  test("columns out of order reject the import", async () => {
    const { problems } = await validateOrgsHeader(
      "sourcedId,status,dateLastModified,type,name,identifier,parentSourcedId",
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_HEADER_MISMATCH",
        ["orgs.csv", 1, "type", "type"],
        `Column 4, "type", is out of order. ${orgsHeader}`,
      ),
    ])
  })

  test("a header that ends early rejects the import, listing what is missing", async () => {
    const { problems } = await validateOrgsHeader(
      "sourcedId,status,dateLastModified,name,type",
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_HEADER_MISMATCH",
        ["orgs.csv", 1, "identifier", null],
        `The header ends early; missing: identifier, parentSourcedId. ${orgsHeader}`,
      ),
    ])
  })

  test("an extra column that is not metadata rejects the import", async () => {
    const { problems } = await validateOrgsHeader(`${Headers.orgs},region`, [
      "d1,,,Lakeside District,district,,,north",
    ])

    expect(problems).toEqual([
      error(
        "HR_VAL_HEADER_MISMATCH",
        ["orgs.csv", 1, "region", "region"],
        `The column "region" is not a column of orgs.csv. Extra columns must be named metadata.*. ${orgsHeader}`,
      ),
    ])
  })

  test("a metadata column before the specification's columns end rejects the import", async () => {
    const { problems } = await validateOrgsHeader(
      "sourcedId,status,dateLastModified,metadata.region,name,type,identifier,parentSourcedId",
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_HEADER_MISMATCH",
        ["orgs.csv", 1, "metadata.region", "metadata.region"],
        `Column 4, "metadata.region", comes before the specification's columns end. ${orgsHeader}`,
      ),
    ])
  })

  test("the same metadata column twice rejects the import", async () => {
    const { problems } = await validateOrgsHeader(
      `${Headers.orgs},metadata.region,Metadata.Region`,
      ["d1,,,Lakeside District,district,,,north,south"],
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_HEADER_MISMATCH",
        ["orgs.csv", 1, "Metadata.Region", "Metadata.Region"],
        `The column "Metadata.Region" appears twice. ${orgsHeader}`,
      ),
    ])
  })

  test("header names in another letter case are accepted with a warning each", async () => {
    const { report, problems, sink } = await validateOrgsHeader(
      "SourcedId,status,dateLastModified,name,TYPE,identifier,parentSourcedId",
    )

    expect(problems).toEqual([
      warning(
        "HR_VAL_HEADER_CASE",
        ["orgs.csv", 1, "sourcedId", "SourcedId"],
        'The header "SourcedId" differs from "sourcedId" in letter case; it was read as sourcedId.',
      ),
      warning(
        "HR_VAL_HEADER_CASE",
        ["orgs.csv", 1, "type", "TYPE"],
        'The header "TYPE" differs from "type" in letter case; it was read as type.',
      ),
    ])
    expect(report.outcome).toBe("validated")
    expect(report.files[1]).toEqual({
      file: "orgs.csv",
      rowsRead: 2,
      rowsWithErrors: 0,
      warnings: 2,
    })
    expect(sink.text("orgs")).toBe(
      csv(
        "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId,metadata",
        "d1,active,,Lakeside District,district,,,",
        "s1,active,,Lakeside High,school,LHS,d1,",
      ),
    )
  })

  test("metadata columns to the right are gathered into one JSON object", async () => {
    const { problems, sink } = await validateOrgsHeader(
      `${Headers.orgs},metadata.region,metadata.nces.code`,
      [
        "d1,,,Lakeside District,district,,,north,",
        's1,,,Lakeside High,school,LHS,d1,,"12,34"',
      ],
    )

    expect(problems).toEqual([])
    expect(sink.text("orgs")).toBe(
      csv(
        "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId,metadata",
        'd1,active,,Lakeside District,district,,,"{""region"":""north""}"',
        's1,active,,Lakeside High,school,LHS,d1,"{""nces.code"":""12,34""}"',
      ),
    )
  })

  test("an empty file rejects the import", async () => {
    const { problems } = await validateFiles(
      workspace(),
      tinyBundle({ files: { "classes.csv": "" } }),
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_EMPTY_FILE",
        ["classes.csv", null, null, null],
        `classes.csv is empty; it must start with the header row: ${Headers.classes}.`,
      ),
    ])
  })

  test("an optional file with only a header is read as absent, with a warning", async () => {
    const { report, problems } = await validateFiles(
      workspace(),
      tinyBundle({ files: { "courses.csv": csv(Headers.courses) } }),
    )

    expect(problems).toEqual([
      warning(
        "HR_VAL_NO_DATA_ROWS",
        ["courses.csv", null, null, null],
        "courses.csv has a header but no data rows; it was read as absent.",
      ),
    ])
    expect(report.outcome).toBe("validated")
  })

  test("a required file with only a header rejects the import", async () => {
    const { report, problems } = await validateFiles(
      workspace(),
      tinyBundle({ rows: { "enrollments.csv": [] } }),
    )

    const message =
      "enrollments.csv has a header but no data rows; each of the five required files must hold at least one row, or the import would remove every record it lists."
    expect(problems).toEqual([
      error("HR_VAL_REQUIRED_FILE_EMPTY", ["enrollments.csv", null, null, null], message),
    ])
    expect(report).toMatchObject({
      outcome: "rejected",
      rejection: { code: "HR_VAL_REQUIRED_FILE_EMPTY", message },
    })
  })
})
