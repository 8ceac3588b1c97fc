import { describe, expect, test } from "vitest"
import { error } from "./support/problems.js"
import { validateFiles } from "./support/run-validation.js"
import { type TinyChanges, tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

async function validate(changes: TinyChanges) {
  return validateFiles(workspace(), tinyBundle(changes))
}

const loopMessage = (path: string) =>
  `The parents of this academic session lead back to it (${path}); an academic session cannot be its own ancestor. Correct parentSourcedId on one of these rows.`

describe("parent cycles", () => {
  test("an org naming itself as its parent is an error on its row", async () => {
    const { problems, sink } = await validate({
      extraRows: { "orgs.csv": ["x1,,,Loop Office,department,,x1"] },
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_PARENT_CYCLE",
        ["orgs.csv", 4, "parentSourcedId", "x1"],
        "parentSourcedId names this org itself; an org cannot be its own parent.",
      ),
    ])
    expect(sink.text("orgs")?.trimEnd().split("\n").slice(-1)).toEqual(["x1,held,,,,,,"])
  })

  test("every session on a loop of parents is an error, and rows under the loop are left out", async () => {
    const { report, problems, sink } = await validate({
      extraRows: {
        "academicSessions.csv": [
          "g1,,,Q1,gradingPeriod,2024-08-01,2024-10-01,g3,2025",
          "g2,,,Q2,gradingPeriod,2024-10-01,2024-12-20,g1,2025",
          "g3,,,Q3,gradingPeriod,2025-01-06,2025-03-20,g2,2025",
          "g4,,,Q4,gradingPeriod,2025-03-20,2025-06-30,g1,2025",
        ],
      },
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_PARENT_CYCLE",
        ["academicSessions.csv", 4, "parentSourcedId", "g3"],
        loopMessage("g1 → g3 → g2 → g1"),
      ),
      error(
        "HR_VAL_PARENT_CYCLE",
        ["academicSessions.csv", 5, "parentSourcedId", "g1"],
        loopMessage("g2 → g1 → g3 → g2"),
      ),
      error(
        "HR_VAL_PARENT_CYCLE",
        ["academicSessions.csv", 6, "parentSourcedId", "g2"],
        loopMessage("g3 → g2 → g1 → g3"),
      ),
      error(
        "HR_VAL_REFERENCED_ROW_REJECTED",
        ["academicSessions.csv", 7, "parentSourcedId", "g1"],
        "The academic session this names has errors in academicSessions.csv and was left out, so this row is left out too.",
      ),
    ])
    expect(report.files[0]).toEqual({
      file: "academicSessions.csv",
      rowsRead: 6,
      rowsWithErrors: 4,
      warnings: 0,
    })
    expect(sink.text("academicSessions")?.trimEnd().split("\n").slice(1)).toEqual([
      "y2025,active,,2024-2025,schoolYear,2024-08-01,2025-06-30,,2025,",
      "t1,active,,Fall,term,2024-08-01,2024-12-20,y2025,2025,",
      "g1,held,,,,,,,,",
      "g2,held,,,,,,,,",
      "g3,held,,,,,,,,",
      "g4,held,,,,,,,,",
    ])
  })

  test("a long loop lists its first six ids in the message", async () => {
    const ids = ["o1", "o2", "o3", "o4", "o5", "o6", "o7"]
    const rows = ids.map((id, position) => {
      const parent = ids[(position + 1) % ids.length]
      return `${id},,,Office ${id},department,,${parent}`
    })

    const { problems } = await validate({ extraRows: { "orgs.csv": rows } })

    expect(problems).toHaveLength(7)
    expect(problems[0]).toEqual(
      error(
        "HR_VAL_PARENT_CYCLE",
        ["orgs.csv", 4, "parentSourcedId", "o2"],
        "The parents of this org lead back to it (o1 → o2 → o3 → o4 → o5 → o6 → … → o1); an org cannot be its own ancestor. Correct parentSourcedId on one of these rows.",
      ),
    )
  })
})
