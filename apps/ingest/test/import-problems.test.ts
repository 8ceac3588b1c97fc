import { randomUUID } from "node:crypto"
import type { Problem } from "@homeroom/contracts"
import { createImport, replaceProblems } from "@homeroom/records"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"

const problems: Problem[] = [
  {
    severity: "error",
    code: "HR_VAL_REQUIRED_VALUE",
    file: "users.csv",
    line: 4,
    column: "givenName",
    value: null,
    message: "givenName is required, but line 4 leaves it blank.",
  },
  {
    severity: "warning",
    code: "HR_VAL_VOCABULARY_CASE",
    file: "users.csv",
    line: 7,
    column: "role",
    value: "Teacher",
    message: 'role "Teacher" is read as "teacher", the vocabulary\'s case.',
  },
  {
    severity: "error",
    code: "HR_VAL_UNKNOWN_REFERENCE",
    file: "enrollments.csv",
    line: 12,
    column: "classSourcedId",
    value: "cls-9",
    message: "classSourcedId cls-9 names no class in classes.csv.",
  },
]

describe("an import's problems", () => {
  const cleanups = cleanupList()
  let harness: IngestHarness
  let importId: string

  beforeAll(async () => {
    harness = await startIngest(cleanups.add)
    importId = randomUUID()
    const { database } = harness.service.context
    await createImport(database, {
      id: importId,
      districtId: harness.district.districtId,
      source: "upload",
      fileName: "roster.zip",
      sizeBytes: 100,
      sha256: "0".repeat(64),
      objectName: `${importId}/bundle.zip`,
    })
    await replaceProblems(database, importId, problems)
  })
  afterAll(() => cleanups.run())

  const read = async (
    query: string,
    token = harness.district.readerToken,
    accept?: string,
  ) => {
    const response = await fetch(
      `${harness.service.url}/v1/imports/${importId}/problems${query}`,
      {
        headers: { authorization: `Bearer ${token}`, ...(accept ? { accept } : {}) },
      },
    )
    const type = response.headers.get("content-type") ?? ""
    const body = type.startsWith("text/csv")
      ? await response.text()
      : await response.json()
    return { status: response.status, type, body }
  }

  it("pages through the problems in the order they were found", async () => {
    const first = await read("?limit=2")
    const second = await read(
      `?limit=2&cursor=${(first.body as { nextCursor: string }).nextCursor}`,
    )

    expect([first.body, second.body]).toEqual([
      { items: problems.slice(0, 2), nextCursor: "1" },
      { items: problems.slice(2), nextCursor: null },
    ])
  })

  it("filters by file, severity and code", async () => {
    const answers = await Promise.all([
      read("?file=users.csv"),
      read("?severity=error"),
      read("?code=HR_VAL_VOCABULARY_CASE"),
    ])
    expect(answers.map((answer) => answer.body)).toEqual([
      { items: problems.slice(0, 2), nextCursor: null },
      { items: [problems[0], problems[2]], nextCursor: null },
      { items: [problems[1]], nextCursor: null },
    ])
  })

  it("downloads the problems as CSV for a spreadsheet", async () => {
    const byHeader = await read("", harness.district.readerToken, "text/csv")
    const byFlag = await read("?format=csv&severity=warning")

    expect(byHeader).toEqual({
      status: 200,
      type: "text/csv; charset=utf-8",
      body: [
        "severity,code,file,line,column,value,message",
        'error,HR_VAL_REQUIRED_VALUE,users.csv,4,givenName,,"givenName is required, but line 4 leaves it blank."',
        'warning,HR_VAL_VOCABULARY_CASE,users.csv,7,role,Teacher,"role ""Teacher"" is read as ""teacher"", the vocabulary\'s case."',
        "error,HR_VAL_UNKNOWN_REFERENCE,enrollments.csv,12,classSourcedId,cls-9,classSourcedId cls-9 names no class in classes.csv.",
        "",
      ].join("\r\n"),
    })
    expect(byFlag.body).toBe(
      [
        "severity,code,file,line,column,value,message",
        'warning,HR_VAL_VOCABULARY_CASE,users.csv,7,role,Teacher,"role ""Teacher"" is read as ""teacher"", the vocabulary\'s case."',
        "",
      ].join("\r\n"),
    )
  })

  it("hides another district's import", async () => {
    const answer = await read("", harness.otherDistrict.readerToken)
    expect(answer).toMatchObject({
      status: 404,
      body: { code: "HR_INGEST_IMPORT_NOT_FOUND" },
    })
  })
})
