import { NormalisedColumns } from "@homeroom/contracts"
import { describe, expect, test } from "vitest"
import { validateFiles } from "./support/run-validation.js"
import { csv, TinyRows, tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

const usersHeader = NormalisedColumns.users.join(",")
const enrollmentsHeader = NormalisedColumns.enrollments.join(",")

const teacher =
  "u1,active,,true,s1,teacher,jsmith,{LDAP:jsmith},Jane,Smith,,T1,jsmith@lakeside.example,,,,,"
// The student names their parent further down, so waits, and is written after the file.
const student = "u2,active,,true,s1,student,bjones,,Ben,Jones,,S1,,,,p1,09,"
const parent = "p1,active,,true,s1,parent,pjones,,Pat,Jones,,,,,,,,"

describe("rows left out for errors", () => {
  test("a user row with an error is written as held, with only its sourcedId", async () => {
    const users = [...TinyRows["users.csv"]]
    users[1] = "u2,,,true,s1,student,bjones,,,Jones,,S1,,,,p1,09,"

    const { report, sink } = await validateFiles(
      workspace(),
      tinyBundle({ rows: { "users.csv": users } }),
    )

    expect(report).toMatchObject({ outcome: "validated", errorCount: 2 })
    expect(sink.text("users")).toBe(
      csv(usersHeader, teacher, "u2,held,,,,,,,,,,,,,,,,", parent),
    )
    expect(sink.text("enrollments")).toBe(
      csv(
        enrollmentsHeader,
        "e1,active,,c1,s1,u1,teacher,true,,,",
        "e2,held,,,,,student,,,,",
      ),
    )
  })

  test("a held enrollment keeps a valid role and leaves an invalid one empty", async () => {
    const { sink } = await validateFiles(
      workspace(),
      tinyBundle({
        extraRows: {
          "enrollments.csv": [
            "e3,,,c1,s1,u2,student,false,2024-13-01,",
            "e4,,,c1,s1,u1,pupil,,,",
          ],
        },
      }),
    )

    expect(sink.text("enrollments")?.trimEnd().split("\n").slice(-2)).toEqual([
      "e3,held,,,,,student,,,,",
      "e4,held,,,,,,,,,",
    ])
  })

  test("a row repeating a sourcedId holds nothing; the first row speaks for the record", async () => {
    const { report, sink } = await validateFiles(
      workspace(),
      tinyBundle({
        extraRows: {
          "users.csv": [
            "u1,,,true,s1,teacher,jsmith2,,Jane,Smith,,,,,,,,",
            "x1,,,true,s1,teacher,xx,,,Gray,,,,,,,,",
            "x1,,,true,s1,teacher,xx,,Kim,Gray,,,,,,,,",
          ],
        },
      }),
    )

    expect(report).toMatchObject({ errorCount: 3 })
    expect(sink.text("users")?.trimEnd().split("\n").slice(1)).toEqual([
      teacher,
      parent,
      "x1,held,,,,,,,,,,,,,,,,",
      student,
    ])
  })

  test("a row without a valid sourcedId holds nothing", async () => {
    const { report, sink } = await validateFiles(
      workspace(),
      tinyBundle({
        extraRows: {
          "users.csv": [
            ",,,true,s1,teacher,blank,,Kim,Gray,,,,,,,,",
            "bad id,,,true,s1,teacher,spaced,,Kim,Gray,,,,,,,,",
            "u7,,,true,s1,teacher,short,,Kim,Gray",
          ],
        },
      }),
    )

    expect(report).toMatchObject({ errorCount: 3 })
    expect(sink.text("users")?.trimEnd().split("\n").slice(1)).toEqual([
      teacher,
      parent,
      student,
    ])
  })
})
