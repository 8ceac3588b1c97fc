import { describe, expect, test } from "vitest"
import { validateFiles } from "./support/run-validation.js"
import { tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

describe("logical files", () => {
  test("enrollments are counted as teacher and student enrollments", async () => {
    const { report, problems } = await validateFiles(
      workspace(),
      tinyBundle({
        extraRows: {
          "enrollments.csv": [
            "e3,,,c1,s1,u2,student,,2024-13-01,",
            "e4,,,c1,s1,u1,pupil,,,",
            "",
            "e5,,,c1,s1,u1,Administrator,,,",
            "e6,,,c1,s1,u2,Student,,,",
          ],
        },
      }),
    )

    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([
      ["HR_VAL_INVALID_DATE", 4],
      ["HR_VAL_INVALID_VOCABULARY", 5],
      ["HR_VAL_BLANK_LINE", 6],
      ["HR_VAL_VOCABULARY_CASE", 7],
      ["HR_VAL_VOCABULARY_CASE", 8],
    ])
    expect(report.files[4]).toEqual({
      file: "enrollments.csv",
      rowsRead: 6,
      rowsWithErrors: 2,
      warnings: 3,
    })
    expect(report.logicalFiles).toEqual([
      { kind: "orgs", rowsRead: 2, rowsWithErrors: 0, warnings: 0 },
      { kind: "academicSessions", rowsRead: 2, rowsWithErrors: 0, warnings: 0 },
      { kind: "users", rowsRead: 3, rowsWithErrors: 0, warnings: 0 },
      { kind: "classes", rowsRead: 1, rowsWithErrors: 0, warnings: 0 },
      // e1, e4 (role invalid) and e5; the blank line's warning counts here too.
      { kind: "teacherEnrollments", rowsRead: 3, rowsWithErrors: 1, warnings: 2 },
      { kind: "studentEnrollments", rowsRead: 3, rowsWithErrors: 1, warnings: 1 },
    ])
  })

  test("courses.csv counts in no logical file", async () => {
    const { report } = await validateFiles(
      workspace(),
      tinyBundle({
        files: {
          "courses.csv":
            "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes\ncourse-1,,,y2025,Algebra,ALG,09,d1,Math,\n",
        },
      }),
    )

    expect(report.files.map((file) => file.file)).toContain("courses.csv")
    expect(report.logicalFiles?.map((file) => file.kind)).toEqual([
      "orgs",
      "academicSessions",
      "users",
      "classes",
      "teacherEnrollments",
      "studentEnrollments",
    ])
  })
})
