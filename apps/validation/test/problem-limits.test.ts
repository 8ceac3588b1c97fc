import type { Problem } from "@homeroom/contracts"
import { describe, expect, test } from "vitest"
import { validateBundle } from "../src/bundle/index.js"
import { MemorySink } from "./support/memory-sink.js"
import { warning } from "./support/problems.js"
import { validateFiles } from "./support/run-validation.js"
import { tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace, writeZip } from "./support/zip-bundle.js"

const workspace = useWorkspace()

const badEnrollments = ["e3", "e4", "e5", "e6", "e7"].map(
  (id) => `${id},,,c1,s1,u1,pupil,,,`,
)

describe("problem delivery", () => {
  test("past the limit problems are counted, not listed, and a notice says so", async () => {
    const { report, problems } = await validateFiles(
      workspace(),
      tinyBundle({ extraRows: { "enrollments.csv": badEnrollments } }),
      { maxStoredProblems: 2 },
    )

    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([
      ["HR_VAL_INVALID_VOCABULARY", 4],
      ["HR_VAL_INVALID_VOCABULARY", 5],
      ["HR_VAL_TOO_MANY_PROBLEMS", null],
    ])
    expect(problems[2]).toEqual(
      warning(
        "HR_VAL_TOO_MANY_PROBLEMS",
        [null, null, null, null],
        "3 more problems were found than the 2 listed; fix the problems listed and upload again to see the rest.",
      ),
    )
    expect(report).toMatchObject({ outcome: "validated", errorCount: 5, warningCount: 0 })
    expect(report.files[4]).toEqual({
      file: "enrollments.csv",
      rowsRead: 7,
      rowsWithErrors: 5,
      warnings: 0,
    })
  })

  test("a fatal problem is listed even when the list is full", async () => {
    const files = tinyBundle({ extraRows: { "enrollments.csv": badEnrollments } })
    files["classes.csv"] = "sourcedId\n"

    const { problems } = await validateFiles(workspace(), files, { maxStoredProblems: 0 })

    expect(problems.map((problem) => problem.code)).toEqual(["HR_VAL_HEADER_MISMATCH"])
  })

  test("a listener returning a promise is awaited before the next problem", async () => {
    const path = await writeZip(
      workspace(),
      tinyBundle({ extraRows: { "enrollments.csv": badEnrollments } }),
    )
    const events: string[] = []

    await validateBundle(path, {
      normalised: new MemorySink(),
      onProblem: async (problem: Problem) => {
        events.push(`start ${problem.line}`)
        await new Promise((resolve) => setImmediate(resolve))
        events.push(`end ${problem.line}`)
      },
    })

    expect(events).toEqual(
      [4, 5, 6, 7, 8].flatMap((line) => [`start ${line}`, `end ${line}`]),
    )
  })
})
