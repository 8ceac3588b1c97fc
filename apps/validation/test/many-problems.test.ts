import { describe, expect, test } from "vitest"
import { DefaultValidationLimits } from "../src/bundle/index.js"
import { error } from "./support/problems.js"
import { validateFiles } from "./support/run-validation.js"
import { tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

describe("many bad rows", () => {
  test("ten thousand bad rows are all listed under the default limits", async () => {
    const count = 10_000
    const rows = Array.from(
      { length: count },
      (_, index) => `b${index},,,c1,s1,u2,pupil,,,`,
    )

    const { report, problems } = await validateFiles(
      workspace(),
      tinyBundle({ extraRows: { "enrollments.csv": rows } }),
    )

    const message = "role must be one of: administrator, proctor, student, teacher."
    expect(problems).toEqual(
      rows.map((_, index) =>
        error(
          "HR_VAL_INVALID_VOCABULARY",
          ["enrollments.csv", index + 4, "role", "pupil"],
          message,
        ),
      ),
    )
    expect(report).toMatchObject({
      outcome: "validated",
      errorCount: count,
      warningCount: 0,
    })
    expect(DefaultValidationLimits.maxStoredProblems).toBe(100_000)
  })
})
