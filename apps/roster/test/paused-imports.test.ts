import type { ImportOutcome } from "@homeroom/contracts"
import { findImport } from "@homeroom/records"
import { waitFor } from "@homeroom/testing"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { OvertakenReason, SupersededReason } from "../src/paused/supersede-import.js"
import { getJson, listAllSourcedIds } from "./support/http.js"
import type { NormalisedFiles } from "./support/normalised-csv.js"
import { decide, setThresholds } from "./support/paused-imports.js"
import { readStoredEvents, readStoredMessages } from "./support/roster-events.js"
import { rosterFixture, type TestDistrict } from "./support/roster-fixture.js"
import { DayOne, editRows } from "./support/sample-roster.js"
import {
  applyImport,
  prepareValidatedImport,
  publishValidated,
  waitForOutboxPublished,
  waitForStatus,
} from "./support/submit-import.js"

const fixture = rosterFixture()

/** Two students of South School leave; one of North School gets an email address. */
const Leaving: NormalisedFiles = {
  ...DayOne,
  users: editRows(DayOne.users, {
    change: { "student-2": { email: "student-2@district.example" } },
    drop: ["student-3", "student-4"],
  }),
  enrollments: editRows(DayOne.enrollments, { drop: ["enr-art-3", "enr-art-4"] }),
}

/** Pauses when two or more users would be removed. */
const TwoUsersRemoved = { kind: "users", measure: "removed", count: 2 } as const

afterAll(() => fixture.stop())
beforeAll(() => fixture.start())

/** A district holding day one, with thresholds that the leaving students reach. */
async function districtWithRoster(name: string): Promise<TestDistrict> {
  const district = await fixture.createTestDistrict(name)
  await setThresholds(fixture, district, [TwoUsersRemoved])
  await applyImport(fixture, district.districtId, DayOne)
  return district
}

async function pausedImport(district: TestDistrict, files = Leaving): Promise<string> {
  const prepared = await prepareValidatedImport(fixture, district.districtId, files)
  await publishValidated(fixture, prepared)
  await waitForStatus(fixture, prepared.importId, "paused")
  return prepared.importId
}

async function viewOf(district: TestDistrict, importId: string) {
  return findImport(fixture.database(), district.districtId, importId)
}

async function activeUsers(district: TestDistrict) {
  return listAllSourcedIds(fixture, "/v1/users", district.reader.token)
}

async function userRecord(district: TestDistrict, sourcedId: string) {
  return (await getJson(fixture, `/v1/users/${sourcedId}`, district.reader.token)).body
}

async function changesOf(district: TestDistrict, importId: string, query = "") {
  const path = `/v1/imports/${importId}/changes${query}`
  return getJson(fixture, path, district.reader.token)
}

describe("an import that reaches a threshold", () => {
  let district: TestDistrict
  let importId: string
  let before: { users: string[]; student2: Record<string, unknown> }

  beforeAll(async () => {
    district = await districtWithRoster("Pine Hills")
    before = {
      users: await activeUsers(district),
      student2: await userRecord(district, "student-2"),
    }
    importId = await pausedImport(district)
  })

  test("is paused with the threshold, its figure and the schools behind it", async () => {
    const view = await viewOf(district, importId)

    expect(view?.status).toBe("paused")
    expect(view?.thresholdsReached).toEqual([
      {
        threshold: TwoUsersRemoved,
        value: 2,
        base: 10,
        percent: 20,
        reachedBy: ["count"],
        schools: [{ sourcedId: "org-south", name: "South School", count: 2 }],
      },
    ])
    expect(view?.changes?.users).toEqual({
      created: 0,
      updated: 1,
      removed: 2,
      existing: 10,
    })
    expect(view?.decision).toBeNull()
  })

  test("leaves the roster untouched and announces only the pause", async () => {
    await waitForOutboxPublished(fixture)

    expect(await activeUsers(district)).toEqual(before.users)
    expect(await userRecord(district, "student-2")).toEqual(before.student2)
    const events = await readStoredEvents(fixture, `roster.${district.districtId}.>`)
    expect(events.filter((event) => event.message.data.importId === importId)).toEqual([])
    const outcomes = await readStoredMessages(fixture, "IMPORTS", "imports.outcome.>")
    expect(
      outcomes
        .filter((outcome) => JSON.stringify(outcome).includes(importId))
        .map((outcome) => outcome.subject),
    ).toEqual(["imports.outcome.paused"])
  })

  test("keeps its change set: records as they would be, and updated fields before", async () => {
    const student3 = await userRecord(district, "student-3")
    const student4 = await userRecord(district, "student-4")

    const answer = await changesOf(district, importId, "?kind=users")

    expect(answer).toEqual({
      status: 200,
      body: {
        items: [
          {
            entity: "users",
            kind: "users",
            change: "updated",
            sourcedId: "student-2",
            schools: ["org-north"],
            record: { ...before.student2, email: "student-2@district.example" },
            previous: { email: null },
            changedFields: ["email"],
          },
          ...[student3, student4].map((record) => ({
            entity: "users",
            kind: "users",
            change: "removed",
            sourcedId: record["sourcedId"],
            schools: ["org-south"],
            record,
            previous: null,
            changedFields: null,
          })),
        ],
        nextCursor: null,
      },
    })
  })

  test("filters its change set by kind, change and school, a page at a time", async () => {
    const idsOf = async (query: string) =>
      (
        (await changesOf(district, importId, query)).body["items"] as {
          sourcedId: string
        }[]
      ).map((item) => item.sourcedId)

    const firstPage = await changesOf(district, importId, "?limit=2")
    const cursor = encodeURIComponent(String(firstPage.body["nextCursor"]))

    expect(await idsOf("?kind=studentEnrollments&change=removed")).toEqual([
      "enr-art-3",
      "enr-art-4",
    ])
    expect(await idsOf("?school=org-north")).toEqual(["student-2"])
    expect(await idsOf("")).toEqual([
      "student-2",
      "student-3",
      "student-4",
      "enr-art-3",
      "enr-art-4",
    ])
    expect(await idsOf(`?limit=2&cursor=${cursor}`)).toEqual(["student-4", "enr-art-3"])
  })
})

describe("deciding on a paused import", () => {
  test("approving applies exactly the reviewed changes and records who decided", async () => {
    const district = await districtWithRoster("Cedar Ridge")
    const importId = await pausedImport(district)

    const answer = await decide(
      fixture,
      importId,
      "approve",
      district.administrator.token,
    )
    await waitForStatus(fixture, importId, "applied")
    const view = await viewOf(district, importId)

    expect(answer.status).toBe(202)
    expect(answer.body["decision"]).toEqual({
      decision: "approve",
      decidedBy: district.administrator.tokenId,
      decidedAt: expect.any(String),
    })
    expect(view?.decision).toEqual(answer.body["decision"])
    expect(view?.changes?.users).toEqual({
      created: 0,
      updated: 1,
      removed: 2,
      existing: 10,
    })
    expect(
      view?.timeline.slice(-5).map(({ status, reason }) => ({ status, reason })),
    ).toEqual([
      { status: "comparing", reason: null },
      { status: "paused", reason: null },
      { status: "comparing", reason: "Approved by an administrator." },
      { status: "applying", reason: null },
      { status: "applied", reason: null },
    ])
    expect(await activeUsers(district)).not.toContain("student-3")
    expect((await userRecord(district, "student-2"))["email"]).toBe(
      "student-2@district.example",
    )
    expect((await changesOf(district, importId)).status).toBe(409)
  })

  test("approving without removals applies the rest and keeps the records", async () => {
    const district = await districtWithRoster("Birch Falls")
    const importId = await pausedImport(district)

    const answer = await decide(
      fixture,
      importId,
      "approveWithoutRemovals",
      district.administrator.token,
    )
    await waitForStatus(fixture, importId, "applied")
    const view = await viewOf(district, importId)

    expect(answer.status).toBe(202)
    expect(view?.changes?.users).toEqual({
      created: 0,
      updated: 1,
      removed: 0,
      existing: 10,
    })
    expect(view?.changes?.studentEnrollments).toEqual({
      created: 0,
      updated: 0,
      removed: 0,
      existing: 4,
    })
    expect(await activeUsers(district)).toEqual(
      expect.arrayContaining(["student-3", "student-4"]),
    )
    expect((await userRecord(district, "student-2"))["email"]).toBe(
      "student-2@district.example",
    )
  })

  test("the same files again after approving without removals are compared, not skipped", async () => {
    const district = await districtWithRoster("Spruce Hollow")
    const first = await pausedImport(district)
    await decide(fixture, first, "approveWithoutRemovals", district.administrator.token)
    await waitForStatus(fixture, first, "applied")

    const again = await pausedImport(district)

    expect((await viewOf(district, again))?.changes?.users).toEqual({
      created: 0,
      updated: 0,
      removed: 2,
      existing: 10,
    })
  })

  test("cancelling ends the import, changes nothing and forgets the change set", async () => {
    const district = await districtWithRoster("Aspen Vale")
    const users = await activeUsers(district)
    const importId = await pausedImport(district)

    const answer = await decide(fixture, importId, "cancel", district.administrator.token)
    await waitForOutboxPublished(fixture)

    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({
      status: "cancelled",
      reason: "Cancelled by an administrator; nothing was changed.",
      decision: {
        decision: "cancel",
        decidedBy: district.administrator.tokenId,
        decidedAt: expect.any(String),
      },
    })
    expect(await activeUsers(district)).toEqual(users)
    expect(await changesOf(district, importId)).toEqual({
      status: 409,
      body: {
        statusCode: 409,
        code: "HR_ROSTER_CHANGE_SET_UNAVAILABLE",
        error: "Conflict",
        message:
          "The change set is kept only while an import is paused; this import is cancelled.",
      },
    })
  })

  test("is refused for readers, other districts, unknown imports and imports not paused", async () => {
    const district = await districtWithRoster("Oak Bend")
    const other = await fixture.createTestDistrict("Elm Grove")
    const importId = await pausedImport(district)
    const applied = (await applyImport(fixture, other.districtId, DayOne)).importId

    const answers = [
      await decide(fixture, importId, "approve", district.reader.token),
      await decide(fixture, importId, "approve", other.administrator.token),
      await decide(fixture, applied, "cancel", other.administrator.token),
      await decide(fixture, importId, "reject", district.administrator.token),
    ]

    expect(answers.map(({ status, body }) => [status, body["code"]])).toEqual([
      [403, "HR_AUTH_ADMINISTRATOR_REQUIRED"],
      [404, "HR_ROSTER_IMPORT_NOT_FOUND"],
      [409, "HR_ROSTER_IMPORT_NOT_PAUSED"],
      [400, "HR_KIT_REQUEST_INVALID"],
    ])
    expect((await viewOf(district, importId))?.status).toBe("paused")
  })
})

describe("imports kept in the order they were received", () => {
  test("a newer import supersedes a paused one, which can no longer be approved", async () => {
    const district = await districtWithRoster("Maple Run")
    const pausedId = await pausedImport(district)

    const newer = await applyImport(fixture, district.districtId, DayOne)
    const view = await viewOf(district, pausedId)
    const answer = await decide(
      fixture,
      pausedId,
      "approve",
      district.administrator.token,
    )

    expect(view?.status).toBe("superseded")
    expect(view?.reason).toBe(SupersededReason)
    expect((await viewOf(district, newer.importId))?.status).toBe("applied")
    expect(answer.status).toBe(409)
  })

  test("an import older than an applied one is superseded, not applied", async () => {
    const district = await districtWithRoster("Willow Creek")
    const older = await prepareValidatedImport(fixture, district.districtId, Leaving)
    await applyImport(fixture, district.districtId, DayOne)

    await publishValidated(fixture, older)
    await waitForStatus(fixture, older.importId, "superseded")

    expect((await viewOf(district, older.importId))?.reason).toBe(OvertakenReason)
    expect(await activeUsers(district)).toContain("student-3")
  })

  test("an approval compares again when the roster moved since the review", async () => {
    const district = await districtWithRoster("Hazel Point")
    const older = await prepareValidatedImport(fixture, district.districtId, {
      ...DayOne,
      users: editRows(DayOne.users, { change: { "admin-1": { givenName: "Ada" } } }),
    })
    const importId = await pausedImport(district)
    await publishValidated(fixture, older)
    await waitForStatus(fixture, older.importId, "applied")

    await decide(fixture, importId, "approve", district.administrator.token)
    await waitFor(async () => (await viewOf(district, importId))?.timeline.length === 7)
    const view = await viewOf(district, importId)

    expect(view?.timeline.slice(-3).map(({ status }) => status)).toEqual([
      "paused",
      "comparing",
      "paused",
    ])
    expect(view?.status).toBe("paused")
    expect(view?.reason).toBe(
      "The roster changed after this import was reviewed; it was compared again and " +
        "reached its district's thresholds, so it waits for a new decision.",
    )
    expect(view?.decision).toBeNull()
    expect(view?.changes?.users).toEqual({
      created: 0,
      updated: 2,
      removed: 2,
      existing: 10,
    })
    expect((await changesOf(district, importId, "?kind=users")).status).toBe(200)
    await waitForOutboxPublished(fixture)
    const pauses = await readStoredMessages<ImportOutcome>(
      fixture,
      "IMPORTS",
      "imports.outcome.paused",
    )
    expect(
      pauses
        .filter((pause) => pause.message.data.importId === importId)
        .map((pause) => [pause.message.id, pause.message.data]),
    ).toEqual([
      [`${importId}:outcome:paused`, { importId, status: "paused" }],
      [`${importId}:outcome:paused:2`, { importId, status: "paused", occurrence: 2 }],
    ])
  })
})
