import type { ChangeCounts, ChangeSummary, RecordKind } from "@homeroom/contracts"
import { describe, expect, test } from "vitest"
import type { DistrictOptions } from "../src/index.js"
import { describeDistrict, expectedChanges } from "../src/index.js"
import { generateAndRead } from "./support/generated.js"
import type { BundleTable } from "./support/read-bundle.js"
import { tableIn } from "./support/read-bundle.js"
import { temporaryFolder } from "./support/temporary-folder.js"

const folder = await temporaryFolder()

type Row = Readonly<Record<string, string>>

/** Each kind's rows by sourcedId, enrollments split by role as the contracts count them. */
function recordsByKind(
  tables: Map<string, BundleTable>,
): Record<RecordKind, Map<string, Row>> {
  const byId = (rows: readonly Row[]) =>
    new Map(rows.map((row) => [row["sourcedId"] ?? "", row]))
  const enrollments = tableIn(tables, "enrollments.csv").rows

  return {
    orgs: byId(tableIn(tables, "orgs.csv").rows),
    academicSessions: byId(tableIn(tables, "academicSessions.csv").rows),
    users: byId(tableIn(tables, "users.csv").rows),
    classes: byId(tableIn(tables, "classes.csv").rows),
    teacherEnrollments: byId(enrollments.filter((row) => row["role"] !== "student")),
    studentEnrollments: byId(enrollments.filter((row) => row["role"] === "student")),
  }
}

function sameRow(first: Row, second: Row): boolean {
  return Object.keys(first).every((column) => first[column] === second[column])
}

/** What an importer comparing the two exports by sourcedId would count. */
function compare(
  before: Map<string, BundleTable>,
  after: Map<string, BundleTable>,
): ChangeSummary {
  const was = recordsByKind(before)
  const now = recordsByKind(after)

  return {
    orgs: changesOf(was.orgs, now.orgs),
    academicSessions: changesOf(was.academicSessions, now.academicSessions),
    users: changesOf(was.users, now.users),
    classes: changesOf(was.classes, now.classes),
    teacherEnrollments: changesOf(was.teacherEnrollments, now.teacherEnrollments),
    studentEnrollments: changesOf(was.studentEnrollments, now.studentEnrollments),
  }
}

function changesOf(was: Map<string, Row>, now: Map<string, Row>): ChangeCounts {
  const kept = [...now].filter(([id]) => was.has(id))

  return {
    created: now.size - kept.length,
    updated: kept.filter(([id, row]) => !sameRow(was.get(id) ?? {}, row)).length,
    removed: was.size - kept.length,
    existing: was.size,
  }
}

/** The columns that differ between two users.csv rows of the same user. */
function changedColumns(first: Row, second: Row): string[] {
  return Object.keys(first).filter((column) => first[column] !== second[column])
}

const cases: readonly (readonly [string, DistrictOptions, number, number])[] = [
  ["day 0 to 1 of the small preset", { size: "small", seed: 31 }, 0, 1],
  ["day 3 to 4 of the small preset", { size: "small", seed: 31 }, 3, 4],
  ["day 0 to 3 in one step", { size: "small", seed: 32 }, 0, 3],
  [
    "a tiny district with heavy churn",
    { size: "tiny", churn: { leaveRate: 0.3, arrivalRate: 0.3, updateRate: 0.5 } },
    1,
    2,
  ],
]

describe("the next day's export", () => {
  test.each(cases)(
    "expectedChanges matches comparing the files for %s",
    async (_n, options, from, to) => {
      const before = await generateAndRead(folder, { ...options, day: from })
      const after = await generateAndRead(folder, { ...options, day: to })

      expect(expectedChanges(options, from, to)).toEqual(
        compare(before.tables, after.tables),
      )
    },
  )

  test("about 5% of students leave, arrive and change each day, and nothing else moves", () => {
    const students = describeDistrict({ size: "small" }).usersByRole.student
    const changes = expectedChanges({ size: "small" }, 0, 1)
    const share = (count: number) => count / students

    expect(share(changes.studentEnrollments.removed / 7)).toBeGreaterThan(0.02)
    expect(share(changes.studentEnrollments.removed / 7)).toBeLessThan(0.08)
    expect(share(changes.studentEnrollments.created / 7)).toBeGreaterThan(0.02)
    expect(share(changes.studentEnrollments.created / 7)).toBeLessThan(0.08)
    expect(share(changes.users.updated)).toBeGreaterThan(0.02)
    expect(share(changes.users.updated)).toBeLessThan(0.08)
    expect(changes.classes).toEqual({ created: 0, updated: 0, removed: 0, existing: 288 })
    expect(changes.teacherEnrollments.created + changes.teacherEnrollments.removed).toBe(
      0,
    )
  })

  test("a staying student's row changes only in grade, email or username", async () => {
    const options: DistrictOptions = {
      size: "small",
      seed: 33,
      churn: { updateRate: 0.3 },
    }
    const before = recordsByKind(
      (await generateAndRead(folder, { ...options, day: 0 })).tables,
    )
    const after = recordsByKind(
      (await generateAndRead(folder, { ...options, day: 1 })).tables,
    )

    const changed = new Set<string>()
    for (const [id, row] of after.users) {
      const old = before.users.get(id)
      if (old !== undefined)
        for (const column of changedColumns(old, row)) changed.add(column)
    }

    expect([...changed].sort()).toEqual(["email", "grades", "username"])
  })

  test("leavers' enrollments disappear and arrivals come with enrollments", async () => {
    const options: DistrictOptions = { size: "small", seed: 34 }
    const before = recordsByKind(
      (await generateAndRead(folder, { ...options, day: 0 })).tables,
    )
    const after = recordsByKind(
      (await generateAndRead(folder, { ...options, day: 1 })).tables,
    )
    const studentsOf = (records: Record<RecordKind, Map<string, Row>>) =>
      new Set(
        [...records.users.values()]
          .filter((row) => row["role"] === "student")
          .map((row) => row["sourcedId"]),
      )
    const enrolledOf = (records: Record<RecordKind, Map<string, Row>>) =>
      new Set([...records.studentEnrollments.values()].map((row) => row["userSourcedId"]))

    const arrivals = [...studentsOf(after)].filter((id) => !studentsOf(before).has(id))
    const leavers = [...studentsOf(before)].filter((id) => !studentsOf(after).has(id))

    expect(arrivals.length).toBeGreaterThan(0)
    expect(leavers.length).toBeGreaterThan(0)
    expect(arrivals.filter((id) => !enrolledOf(after).has(id))).toEqual([])
    expect(leavers.filter((id) => enrolledOf(after).has(id))).toEqual([])
  })
})
