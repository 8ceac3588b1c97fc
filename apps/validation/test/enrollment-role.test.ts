import { describe, expect, test } from "vitest"
import { warning } from "./support/problems.js"
import { validateFiles } from "./support/run-validation.js"
import { tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

describe("enrollment roles", () => {
  test("a student enrolled as teacher, and a teacher as student, are warnings", async () => {
    const { report, problems, sink } = await validateFiles(
      workspace(),
      tinyBundle({
        extraRows: {
          "enrollments.csv": [
            "e3,,,c1,s1,u2,teacher,,,",
            "e4,,,c1,s1,u1,student,,,",
            "e5,,,c1,s1,u1,administrator,,,",
          ],
        },
      }),
    )

    expect(problems).toEqual([
      warning(
        "HR_VAL_ENROLLMENT_ROLE_MISMATCH",
        ["enrollments.csv", 4, "role", "teacher"],
        "The enrollment's role is teacher, but users.csv gives this user the role student; correct the role in one of the two files.",
      ),
      warning(
        "HR_VAL_ENROLLMENT_ROLE_MISMATCH",
        ["enrollments.csv", 5, "role", "student"],
        "The enrollment's role is student, but users.csv gives this user the role teacher; correct the role in one of the two files.",
      ),
    ])
    expect(report.outcome).toBe("validated")
    expect(sink.text("enrollments")?.trimEnd().split("\n")).toHaveLength(6)
  })
})
