import { describe, expect, test } from "vitest"
import { error, warning } from "./support/problems.js"
import { validateFiles } from "./support/run-validation.js"
import { tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

const untaught =
  "No teacher enrollment in enrollments.csv names this class; every class should have at least one teacher."

describe("classes without a teacher", () => {
  test("an active class no accepted teacher enrollment names is a warning on its row", async () => {
    const { report, problems } = await validateFiles(
      workspace(),
      tinyBundle({
        extraRows: {
          "classes.csv": [
            "c2,,,Geometry,09,course-2,GEO,scheduled,,s1,t1,,,",
            "c3,tobedeleted,,Old Class,09,course-3,OLD,scheduled,,s1,t1,,,",
            "c4,,,Biology,09,course-4,BIO,scheduled,,s1,t1,,,",
            "c5,,,Chemistry,09,course-5,CHE,scheduled,,s1,t1,,,",
          ],
          "enrollments.csv": [
            "e3,,,c2,s1,u2,student,,,",
            "e4,,,c4,s1,u1,teacher,,2024-09-31,",
            "e5,tobedeleted,,c5,s1,u1,teacher,,,",
          ],
        },
      }),
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_INVALID_DATE",
        ["enrollments.csv", 5, "beginDate", "2024-09-31"],
        "beginDate must be a real date written YYYY-MM-DD, such as 2024-08-26.",
      ),
      warning(
        "HR_VAL_CLASS_WITHOUT_TEACHER",
        ["classes.csv", 3, "sourcedId", "c2"],
        untaught,
      ),
      warning(
        "HR_VAL_CLASS_WITHOUT_TEACHER",
        ["classes.csv", 5, "sourcedId", "c4"],
        untaught,
      ),
      warning(
        "HR_VAL_CLASS_WITHOUT_TEACHER",
        ["classes.csv", 6, "sourcedId", "c5"],
        untaught,
      ),
    ])
    expect(report.files[3]).toEqual({
      file: "classes.csv",
      rowsRead: 5,
      rowsWithErrors: 0,
      warnings: 3,
    })
    expect(report.logicalFiles?.find((file) => file.kind === "classes")).toEqual({
      kind: "classes",
      rowsRead: 5,
      rowsWithErrors: 0,
      warnings: 3,
    })
  })
})
