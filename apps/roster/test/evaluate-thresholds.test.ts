import type { ChangeSummary, LogicalFileSummary } from "@homeroom/contracts"
import { describe, expect, test } from "vitest"
import { evaluateThresholds } from "../src/thresholds/evaluate-thresholds.js"

const none = { created: 0, updated: 0, removed: 0, existing: 0 }

const changes: ChangeSummary = {
  orgs: { ...none, existing: 3 },
  academicSessions: { ...none, existing: 3 },
  users: { created: 4, updated: 2, removed: 10, existing: 100 },
  classes: { ...none, existing: 2 },
  teacherEnrollments: { created: 1, updated: 1, removed: 0, existing: 20 },
  studentEnrollments: { created: 0, updated: 0, removed: 1, existing: 12 },
}

const logicalFiles: LogicalFileSummary[] = [
  { kind: "users", rowsRead: 94, rowsWithErrors: 4, warnings: 0 },
  { kind: "classes", rowsRead: 40, rowsWithErrors: 2, warnings: 1 },
]

const figures = { changes, logicalFiles }

describe("evaluating thresholds", () => {
  test("a percentage exactly at its limit is reached", () => {
    const threshold = { kind: "users", measure: "removed", percent: 10 } as const

    expect(evaluateThresholds([threshold], figures)).toEqual([
      { threshold, value: 10, base: 100, percent: 10, reachedBy: ["percent"] },
    ])
  })

  test("a percentage just above the share is not reached", () => {
    const threshold = { kind: "users", measure: "removed", percent: 10.1 } as const

    expect(evaluateThresholds([threshold], figures)).toEqual([])
  })

  test("a percentage does not apply below its floor of existing records", () => {
    const threshold = {
      kind: "studentEnrollments",
      measure: "removed",
      percent: 5,
      floor: 50,
    } as const

    expect(evaluateThresholds([threshold], figures)).toEqual([])
  })

  test("a count applies whatever the floor, and both limits are named when both are reached", () => {
    const threshold = {
      kind: "studentEnrollments",
      measure: "removed",
      count: 1,
      percent: 5,
      floor: 12,
    } as const

    expect(evaluateThresholds([threshold], figures)).toEqual([
      { threshold, value: 1, base: 12, percent: 8.3, reachedBy: ["count", "percent"] },
    ])
  })

  test("`changed` adds up created, updated and removed records", () => {
    const threshold = { kind: "users", measure: "changed", count: 16 } as const

    expect(evaluateThresholds([threshold], figures)).toEqual([
      { threshold, value: 16, base: 100, percent: 16, reachedBy: ["count"] },
    ])
  })

  test("`errors` measures the rows with errors against the rows read of the file", () => {
    const users = { kind: "users", measure: "errors", percent: 4 } as const
    const classes = { kind: "classes", measure: "errors", percent: 5, floor: 40 } as const
    const orgs = { kind: "orgs", measure: "errors", count: 1 } as const

    expect(evaluateThresholds([users, classes, orgs], figures)).toEqual([
      { threshold: users, value: 4, base: 94, percent: 4.3, reachedBy: ["percent"] },
      { threshold: classes, value: 2, base: 40, percent: 5, reachedBy: ["percent"] },
    ])
  })

  test("a percentage of nothing is never reached, and shows no share", () => {
    const percent = { kind: "classes", measure: "created", percent: 1 } as const
    const count = { kind: "orgs", measure: "updated", count: 1 } as const
    const firstImport = {
      changes: { ...changes, classes: { ...none, created: 5 } },
      logicalFiles,
    }

    expect(evaluateThresholds([percent, count], firstImport)).toEqual([])
  })
})
