import type { ThresholdReached } from "@homeroom/contracts"
import { describe, expect, it } from "vitest"
import { describeThresholdReached } from "../src/emails/threshold-wording.js"

function reached(figure: Omit<ThresholdReached, "schools">): ThresholdReached {
  return { ...figure, schools: [] }
}

describe("threshold wording", () => {
  it("names each threshold reached, the figure that reached it and its limits", () => {
    const lines = [
      reached({
        threshold: { kind: "users", measure: "removed", percent: 10, floor: 50 },
        value: 35,
        base: 100,
        percent: 35,
        reachedBy: ["percent"],
      }),
      reached({
        threshold: { kind: "classes", measure: "created", count: 100 },
        value: 120,
        base: 80,
        percent: 150,
        reachedBy: ["count"],
      }),
      reached({
        threshold: {
          kind: "studentEnrollments",
          measure: "removed",
          count: 500,
          percent: 10,
          floor: 50,
        },
        value: 600,
        base: 20_000,
        percent: 3,
        reachedBy: ["count"],
      }),
      reached({
        threshold: { kind: "teacherEnrollments", measure: "changed", count: 30 },
        value: 40,
        base: 0,
        percent: null,
        reachedBy: ["count"],
      }),
      reached({
        threshold: { kind: "academicSessions", measure: "errors", percent: 2.5 },
        value: 3,
        base: 40,
        percent: 7.5,
        reachedBy: ["percent"],
      }),
      reached({
        threshold: { kind: "orgs", measure: "updated", count: 2, percent: 50, floor: 1 },
        value: 2,
        base: 3,
        percent: 66.7,
        reachedBy: ["count", "percent"],
      }),
    ].map(describeThresholdReached)

    expect(lines).toEqual([
      "Users removed: 35 of 100 existing (35.0%), limit 10% (applies from 50 existing)",
      "Classes created: 120 of 80 existing (150.0%), limit 100",
      "Student enrollments removed: 600 of 20,000 existing (3.0%), limits 500 or 10% " +
        "(the percentage applies from 50 existing), reached by the count",
      "Teacher enrollments created, updated or removed: 40 of 0 existing, limit 30",
      "Rows with errors in academic sessions: 3 of 40 rows read (7.5%), limit 2.5%",
      "Orgs updated: 2 of 3 existing (66.7%), limits 2 or 50% (the percentage applies " +
        "from 1 existing), reached by both",
    ])
  })
})
