import { describe, expect, it } from "vitest"
import { type ColumnSpec, ColumnsByFile, RequiredFiles } from "../src/index.js"

// The OneRoster 1.1 tables, written out here on purpose: a change to the contracts that
// reorders, renames, adds or drops a column, or changes whether it is required, must
// fail this test. Each line: name, required (Y always, D delta only, N optional), format.
const expectedTables: Record<string, string> = {
  "academicSessions.csv": `
    sourcedId Y guid
    status D enumeration
    dateLastModified D dateTime
    title Y string
    type Y enumeration
    startDate Y date
    endDate Y date
    parentSourcedId N guidReference
    schoolYear Y year`,
  "orgs.csv": `
    sourcedId Y guid
    status D enumeration
    dateLastModified D dateTime
    name Y string
    type Y enumeration
    identifier N string
    parentSourcedId N guidReference`,
  "courses.csv": `
    sourcedId Y guid
    status D enumeration
    dateLastModified D dateTime
    schoolYearSourcedId N guidReference
    title Y string
    courseCode N string
    grades N gradeList
    orgSourcedId Y guidReference
    subjects N stringList
    subjectCodes N stringList`,
  "classes.csv": `
    sourcedId Y guid
    status D enumeration
    dateLastModified D dateTime
    title Y string
    grades N gradeList
    courseSourcedId Y guidReference
    classCode N string
    classType Y enumeration
    location N string
    schoolSourcedId Y guidReference
    termSourcedIds Y guidReferenceList
    subjects N stringList
    subjectCodes N stringList
    periods N stringList`,
  "users.csv": `
    sourcedId Y guid
    status D enumeration
    dateLastModified D dateTime
    enabledUser Y boolean
    orgSourcedIds Y guidReferenceList
    role Y enumeration
    username Y string
    userIds N userIdList
    givenName Y string
    familyName Y string
    middleName N string
    identifier N string
    email N string
    sms N string
    phone N string
    agentSourcedIds N guidReferenceList
    grades N gradeList
    password N string`,
  "enrollments.csv": `
    sourcedId Y guid
    status D enumeration
    dateLastModified D dateTime
    classSourcedId Y guidReference
    schoolSourcedId Y guidReference
    userSourcedId Y guidReference
    role Y enumeration
    primary N boolean
    beginDate N date
    endDate N date`,
  "manifest.csv": `
    propertyName Y string
    value Y string`,
}

const requirementLetters = { always: "Y", delta: "D", optional: "N" } as const

function describeTable(columns: readonly ColumnSpec[]): string[] {
  return columns.map(
    (column) => `${column.name} ${requirementLetters[column.required]} ${column.format}`,
  )
}

function parseTable(text: string): string[] {
  return text
    .trim()
    .split("\n")
    .map((line) => line.trim())
}

describe("OneRoster column tables", () => {
  for (const [file, table] of Object.entries(expectedTables)) {
    it(`pins the columns of ${file} in their required order`, () => {
      const columns = ColumnsByFile[file as keyof typeof ColumnsByFile]
      expect(describeTable(columns)).toEqual(parseTable(table))
    })
  }

  it("covers exactly the files the platform reads", () => {
    expect(Object.keys(ColumnsByFile).sort()).toEqual(Object.keys(expectedTables).sort())
  })

  it("requires the five roster files", () => {
    expect(RequiredFiles).toEqual([
      "academicSessions.csv",
      "orgs.csv",
      "users.csv",
      "classes.csv",
      "enrollments.csv",
    ])
  })
})
