import { findImport } from "@homeroom/records"
import { and, eq } from "drizzle-orm"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { classTerms, enrollments, users } from "../src/db/schema/index.js"
import type { NormalisedFiles } from "./support/normalised-csv.js"
import { readStoredEvents } from "./support/roster-events.js"
import { rosterFixture, type TestDistrict } from "./support/roster-fixture.js"
import { DayOne, editRows } from "./support/sample-roster.js"
import { applyImport, waitForOutboxPublished } from "./support/submit-import.js"

const fixture = rosterFixture()
let district: TestDistrict
const imports: string[] = []

const student5 = DayOne.users
  .filter((row) => row["sourcedId"] === "student-3")
  .map((row) => ({ ...row, sourcedId: "student-5", username: "student-5" }))
const art5 = DayOne.enrollments
  .filter((row) => row["sourcedId"] === "enr-art-3")
  .map((row) => ({ ...row, sourcedId: "enr-art-5", userSourcedId: "student-5" }))

/** Day two: one of each kind of change, and a restamp that is not a change. */
const DayTwo: NormalisedFiles = {
  orgs: DayOne.orgs,
  academicSessions: editRows(DayOne.academicSessions, {
    change: { "session-spring": { title: "Spring Term" } },
  }),
  users: editRows(DayOne.users, {
    change: {
      "student-2": { email: "student-2@district.example", grades: "06" },
      "guardian-1": { status: "tobedeleted" },
      "teacher-diaz-al": { dateLastModified: "2026-09-01T00:00:00.000Z" },
    },
    drop: ["student-4"],
    add: student5,
  }),
  classes: editRows(DayOne.classes, {
    change: { "class-art": { termSourcedIds: "session-spring,session-fall" } },
  }),
  enrollments: editRows(DayOne.enrollments, {
    change: { "enr-math-devries": { primary: "true" } },
    drop: ["enr-art-4", "enr-math-diaz-al"],
    add: art5,
  }),
}

/** Day three: day two, with student-4 and their enrollment back. */
const DayThree: NormalisedFiles = {
  ...DayTwo,
  users: [
    ...DayTwo.users,
    ...DayOne.users.filter((row) => row["sourcedId"] === "student-4"),
  ],
  enrollments: [
    ...DayTwo.enrollments,
    ...DayOne.enrollments.filter((row) => row["sourcedId"] === "enr-art-4"),
  ],
}

afterAll(() => fixture.stop())
beforeAll(async () => {
  await fixture.start()
  district = await fixture.createTestDistrict("Lakeside")
  for (const files of [DayOne, DayTwo, DayThree]) {
    imports.push((await applyImport(fixture, district.districtId, files)).importId)
  }
})

async function changesOf(importId: string | undefined) {
  const view = await findImport(fixture.database(), district.districtId, String(importId))
  return view?.changes
}

async function userRow(sourcedId: string) {
  const [row] = await fixture
    .database()
    .select()
    .from(users)
    .where(and(eq(users.districtId, district.districtId), eq(users.sourcedId, sourcedId)))
  return row
}

describe("an import after the first", () => {
  test("counts exactly what it creates, updates and removes", async () => {
    expect(await changesOf(imports[1])).toEqual({
      orgs: { created: 0, updated: 0, removed: 0, existing: 3 },
      academicSessions: { created: 0, updated: 1, removed: 0, existing: 3 },
      users: { created: 1, updated: 1, removed: 2, existing: 10 },
      classes: { created: 0, updated: 1, removed: 0, existing: 2 },
      teacherEnrollments: { created: 0, updated: 1, removed: 1, existing: 6 },
      studentEnrollments: { created: 1, updated: 0, removed: 1, existing: 4 },
    })
  })

  test("names the fields each update changed", async () => {
    await waitForOutboxPublished(fixture)
    const events = await readStoredEvents(
      fixture,
      `roster.${district.districtId}.*.updated`,
    )

    const updates = events
      .map((event) => event.message)
      .filter((message) => message.data.importId === imports[1])
      .flatMap((message) =>
        message.data.records.map((record) => [record.sourcedId, record.changedFields]),
      )
    expect(updates).toEqual([
      ["session-spring", ["title"]],
      ["student-2", ["email", "grades"]],
      ["class-art", ["termSourcedIds"]],
      ["enr-math-devries", ["primary"]],
    ])
  })

  test("keeps removed records, marked tobedeleted", async () => {
    const [enrollment] = await fixture
      .database()
      .select({ status: enrollments.status, lastImportId: enrollments.lastImportId })
      .from(enrollments)
      .where(
        and(
          eq(enrollments.districtId, district.districtId),
          eq(enrollments.sourcedId, "enr-math-diaz-al"),
        ),
      )

    expect(await userRow("guardian-1")).toMatchObject({
      status: "tobedeleted",
      givenName: "Gus",
      phone: "555-0100",
      lastImportId: imports[1],
    })
    expect(enrollment).toEqual({ status: "tobedeleted", lastImportId: imports[1] })
  })

  test("does not count a restamped dateLastModified as an update", async () => {
    const restamped = await userRow("teacher-diaz-al")

    expect(restamped?.lastImportId).toBe(imports[0])
  })

  test("rebuilds the links of an updated record in the file's order", async () => {
    const terms = await fixture
      .database()
      .select({ term: classTerms.termSourcedId, position: classTerms.position })
      .from(classTerms)
      .where(
        and(
          eq(classTerms.districtId, district.districtId),
          eq(classTerms.classSourcedId, "class-art"),
        ),
      )
      .orderBy(classTerms.position)

    expect(terms).toEqual([
      { term: "session-spring", position: 1 },
      { term: "session-fall", position: 2 },
    ])
  })

  test("counts a removed record that comes back as created", async () => {
    const restored = await userRow("student-4")
    const first = await changesOf(imports[2])

    expect(first).toEqual({
      orgs: { created: 0, updated: 0, removed: 0, existing: 3 },
      academicSessions: { created: 0, updated: 0, removed: 0, existing: 3 },
      users: { created: 1, updated: 0, removed: 0, existing: 9 },
      classes: { created: 0, updated: 0, removed: 0, existing: 2 },
      teacherEnrollments: { created: 0, updated: 0, removed: 0, existing: 5 },
      studentEnrollments: { created: 1, updated: 0, removed: 0, existing: 4 },
    })
    expect(restored).toMatchObject({ status: "active", lastImportId: imports[2] })
  })
})
