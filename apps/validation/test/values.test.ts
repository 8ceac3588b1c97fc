import type { RosterEntity } from "@homeroom/contracts"
import { describe, expect, test } from "vitest"
import { error, warning } from "./support/problems.js"
import { validateFiles } from "./support/run-validation.js"
import { type TinyChanges, tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

type ExtraRows = TinyChanges["extraRows"]

/** Validates the tiny bundle with rows added; `lineOf` finds a row's normalised line. */
async function validateExtra(extraRows: ExtraRows) {
  const run = await validateFiles(workspace(), tinyBundle({ extraRows }))
  const lineOf = (entity: RosterEntity, sourcedId: string) =>
    run.sink
      .text(entity)
      ?.split("\n")
      .find((line) => line.startsWith(`${sourcedId},`))

  return { ...run, lineOf }
}

const sessionFile = "academicSessions.csv"

describe("values", () => {
  test("a blank required value is an error and leaves the row out", async () => {
    const { report, problems } = await validateExtra({
      "enrollments.csv": ["e3,,,c1,s1,,student,,,"],
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_REQUIRED_VALUE",
        ["enrollments.csv", 4, "userSourcedId", null],
        "userSourcedId is required on every row; this one is blank.",
      ),
    ])
    expect(report.files[4]).toEqual({
      file: "enrollments.csv",
      rowsRead: 3,
      rowsWithErrors: 1,
      warnings: 0,
    })
  })

  test("a sourcedId with characters outside the GUID set is an error", async () => {
    const { problems } = await validateExtra({
      "enrollments.csv": ["e 3,,,c1,s1,u1,teacher,,,"],
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_INVALID_SOURCED_ID",
        ["enrollments.csv", 4, "sourcedId", "e 3"],
        "sourcedId may hold only letters, digits and . _ - / @ (a OneRoster GUID).",
      ),
    ])
  })

  test("a sourcedId of 256 characters or more is an error, its value cut short", async () => {
    const long = "e".repeat(256)
    const { problems } = await validateExtra({
      "enrollments.csv": [`${long},,,c1,s1,u1,teacher,,,`],
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_INVALID_SOURCED_ID",
        ["enrollments.csv", 4, "sourcedId", `${"e".repeat(99)}…`],
        "sourcedId holds an id of 256 characters; a OneRoster GUID must be shorter than 256 characters.",
      ),
    ])
  })

  test("a vocabulary value in another letter case is normalised with a warning", async () => {
    const { problems, lineOf } = await validateExtra({
      "enrollments.csv": ["e3,TOBEDELETED,,c1,s1,u1,Teacher,TRUE,,"],
    })

    expect(problems).toEqual([
      warning(
        "HR_VAL_VOCABULARY_CASE",
        ["enrollments.csv", 4, "status", "TOBEDELETED"],
        '"TOBEDELETED" differs from the specification\'s "tobedeleted" in letter case; it was read as "tobedeleted".',
      ),
      warning(
        "HR_VAL_VOCABULARY_CASE",
        ["enrollments.csv", 4, "role", "Teacher"],
        '"Teacher" differs from the specification\'s "teacher" in letter case; it was read as "teacher".',
      ),
      warning(
        "HR_VAL_VOCABULARY_CASE",
        ["enrollments.csv", 4, "primary", "TRUE"],
        '"TRUE" differs from the specification\'s "true" in letter case; it was read as "true".',
      ),
    ])
    expect(lineOf("enrollments", "e3")).toBe("e3,tobedeleted,,c1,s1,u1,teacher,true,,,")
  })

  test("a value outside the vocabulary is an error listing the allowed values", async () => {
    const { problems } = await validateExtra({
      "enrollments.csv": ["e3,,,c1,s1,u1,teacher,yes,,"],
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_INVALID_VOCABULARY",
        ["enrollments.csv", 4, "primary", "yes"],
        "primary must be one of: true, false.",
      ),
    ])
  })

  test("the legacy status inactive is read as tobedeleted, with a warning", async () => {
    const { problems, lineOf } = await validateExtra({
      "enrollments.csv": ["e3,Inactive,,c1,s1,u1,teacher,,,"],
    })

    expect(problems).toEqual([
      warning(
        "HR_VAL_LEGACY_STATUS",
        ["enrollments.csv", 4, "status", "Inactive"],
        'The status "Inactive" is the deprecated OneRoster 1.0 value; it was read as "tobedeleted".',
      ),
    ])
    expect(lineOf("enrollments", "e3")).toBe("e3,tobedeleted,,c1,s1,u1,teacher,,,,")
  })

  test("a date must be a real calendar date written YYYY-MM-DD", async () => {
    const { problems, lineOf } = await validateExtra({
      "enrollments.csv": [
        "e3,,,c1,s1,u1,teacher,,2023-02-29,2024/06/01",
        "e4,,,c1,s1,u1,teacher,,2024-02-29,2024-03-01",
      ],
    })

    const expected = (column: string) =>
      `${column} must be a real date written YYYY-MM-DD, such as 2024-08-26.`
    expect(problems).toEqual([
      error(
        "HR_VAL_INVALID_DATE",
        ["enrollments.csv", 4, "beginDate", "2023-02-29"],
        expected("beginDate"),
      ),
      error(
        "HR_VAL_INVALID_DATE",
        ["enrollments.csv", 4, "endDate", "2024/06/01"],
        expected("endDate"),
      ),
    ])
    expect(lineOf("enrollments", "e4")).toBe(
      "e4,active,,c1,s1,u1,teacher,,2024-02-29,2024-03-01,",
    )
  })

  test("dateLastModified is an ISO 8601 date-time; one without a zone is read as UTC", async () => {
    const { problems, sink } = await validateExtra({
      "enrollments.csv": [
        "e3,,2024-08-26T14:30:00.123Z,c1,s1,u1,teacher,,,",
        "e4,,2024-08-26T14:30:00,c1,s1,u1,teacher,,,",
        "e5,,2024-08-26,c1,s1,u1,teacher,,,",
        "e6,,2024-08-26T24:00:00+02:00,c1,s1,u1,teacher,,,",
      ],
    })

    const invalid =
      "dateLastModified must be an ISO 8601 date-time in UTC, such as 2024-08-26T14:30:00Z."
    expect(problems).toEqual([
      warning(
        "HR_VAL_DATE_TIME_WITHOUT_ZONE",
        ["enrollments.csv", 5, "dateLastModified", "2024-08-26T14:30:00"],
        "dateLastModified has no time zone; it was read as UTC. Add Z, or an offset such as +02:00.",
      ),
      error(
        "HR_VAL_INVALID_DATE_TIME",
        ["enrollments.csv", 6, "dateLastModified", "2024-08-26"],
        invalid,
      ),
      error(
        "HR_VAL_INVALID_DATE_TIME",
        ["enrollments.csv", 7, "dateLastModified", "2024-08-26T24:00:00+02:00"],
        invalid,
      ),
    ])
    expect(sink.text("enrollments")?.trimEnd().split("\n").slice(-4)).toEqual([
      "e3,active,2024-08-26T14:30:00.123Z,c1,s1,u1,teacher,,,,",
      "e4,active,2024-08-26T14:30:00Z,c1,s1,u1,teacher,,,,",
      "e5,held,,,,,teacher,,,,",
      "e6,held,,,,,teacher,,,,",
    ])
  })

  test("schoolYear must be a year written YYYY", async () => {
    const { problems } = await validateExtra({
      [sessionFile]: ["t2,,,Spring,term,2025-01-06,2025-06-30,y2025,25"],
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_INVALID_YEAR",
        [sessionFile, 4, "schoolYear", "25"],
        "schoolYear must be a year written YYYY, such as 2025.",
      ),
    ])
  })

  test("grades are CEDS codes, normalised in case; other codes are errors", async () => {
    const { problems, lineOf } = await validateExtra({
      "users.csv": [
        "u3,,,true,s1,student,ckim,,Cho,Kim,,,,,,,kg,",
        'u4,,,true,s1,student,dlee,,Dan,Lee,,,,,,,"09, 1",',
      ],
    })

    expect(problems).toEqual([
      warning(
        "HR_VAL_VOCABULARY_CASE",
        ["users.csv", 5, "grades", "kg"],
        '"kg" differs from the specification\'s "KG" in letter case; it was read as "KG".',
      ),
      error(
        "HR_VAL_INVALID_GRADE",
        ["users.csv", 6, "grades", "1"],
        "Each item of grades must be a CEDS grade code: IT, PR, PK, TK, KG, 01, 02, 03, 04, 05, 06, 07, 08, 09, 10, 11, 12, 13, PS, UG, Other.",
      ),
    ])
    expect(lineOf("users", "u3")).toBe(
      "u3,active,,true,s1,student,ckim,,Cho,Kim,,,,,,,KG,",
    )
  })

  test("userIds items are written {type:id}", async () => {
    const { problems } = await validateExtra({
      "users.csv": ['u3,,,true,s1,student,ckim,"{LDAP:ckim}, ckim",Cho,Kim,,,,,,,,'],
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_INVALID_USER_ID",
        ["users.csv", 5, "userIds", "ckim"],
        "Each item of userIds must be written {type:id}, such as {LDAP:jdoe}.",
      ),
    ])
  })

  test("list items are trimmed and an empty item is dropped with a warning", async () => {
    const { problems, lineOf } = await validateExtra({
      "users.csv": ['u3,,,true,"s1, d1,",administrator,ckim,,Cho,Kim,,,,,,,,'],
    })

    expect(problems).toEqual([
      warning(
        "HR_VAL_EMPTY_LIST_ITEM",
        ["users.csv", 5, "orgSourcedIds", "s1, d1,"],
        "orgSourcedIds holds an empty item between commas; it was dropped.",
      ),
    ])
    expect(lineOf("users", "u3")).toBe(
      'u3,active,,true,"s1,d1",administrator,ckim,,Cho,Kim,,,,,,,,',
    )
  })

  test("the password is never written to the normalised users", async () => {
    const { sink } = await validateExtra({})

    expect(sink.text("users")).not.toContain("secret")
  })
})
