import { type ImportOutcome, Streams } from "@homeroom/contracts"
import { findImport } from "@homeroom/records"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { applyValidatedImport } from "../src/apply/apply-import.js"
import { applyDependencies } from "./support/apply-dependencies.js"
import type { NormalisedFiles } from "./support/normalised-csv.js"
import { normalisedCsv } from "./support/normalised-csv.js"
import { readStoredMessages } from "./support/roster-events.js"
import { rosterFixture, type TestDistrict } from "./support/roster-fixture.js"
import { DayOne, editRows } from "./support/sample-roster.js"
import {
  applyImport,
  prepareValidatedImport,
  publishValidated,
  storeNormalisedFile,
  waitForStatus,
} from "./support/submit-import.js"

const fixture = rosterFixture()
let district: TestDistrict

const DayTwo: NormalisedFiles = {
  ...DayOne,
  users: editRows(DayOne.users, {
    change: { "student-2": { email: "student-2@district.example" } },
    drop: ["student-4"],
  }),
  enrollments: editRows(DayOne.enrollments, { drop: ["enr-art-4"] }),
}

afterAll(() => fixture.stop())
beforeAll(async () => {
  await fixture.start()
  district = await fixture.createTestDistrict("Lakeside")
  await applyImport(fixture, district.districtId, DayOne)
})

async function rosterState() {
  const sql = fixture.database().$client
  const tables = ["orgs", "academic_sessions", "users", "classes", "enrollments"]
  const rows = await Promise.all(
    tables.map(
      (table) => sql`
        select * from ${sql(table)} where district_id = ${district.districtId}
        order by sourced_id`,
    ),
  )
  const [outbox] = await sql`select count(*)::int as rows from roster_outbox`
  return { rows: rows.map((result) => [...result]), outboxRows: outbox?.["rows"] }
}

describe("an import whose apply fails", () => {
  test("leaves the roster untouched, and applies fully once the cause is gone", async () => {
    const prepared = await prepareValidatedImport(fixture, district.districtId, DayTwo, [
      "users",
    ])
    const before = await rosterState()

    await expect(
      applyValidatedImport(applyDependencies(fixture), prepared.message),
    ).rejects.toMatchObject({ code: "HR_ROSTER_NORMALISED_FILE_MISSING" })
    const afterFailure = await rosterState()
    const failed = await findImport(
      fixture.database(),
      district.districtId,
      prepared.importId,
    )

    await storeNormalisedFile(
      fixture,
      prepared.importId,
      "users",
      normalisedCsv("users", DayTwo.users),
    )
    await applyValidatedImport(applyDependencies(fixture), prepared.message)
    const applied = await findImport(
      fixture.database(),
      district.districtId,
      prepared.importId,
    )

    expect(afterFailure).toEqual(before)
    expect(failed?.status).toBe("comparing")
    expect(applied?.timeline.map((entry) => entry.status)).toEqual([
      "received",
      "validating",
      "validated",
      "comparing",
      "applying",
      "applied",
    ])
    expect(applied?.changes).toEqual({
      orgs: { created: 0, updated: 0, removed: 0, existing: 3 },
      academicSessions: { created: 0, updated: 0, removed: 0, existing: 3 },
      users: { created: 0, updated: 1, removed: 1, existing: 10 },
      classes: { created: 0, updated: 0, removed: 0, existing: 2 },
      teacherEnrollments: { created: 0, updated: 0, removed: 0, existing: 6 },
      studentEnrollments: { created: 0, updated: 0, removed: 1, existing: 4 },
    })
  })

  test("is failed with its reason once every attempt has failed", async () => {
    const prepared = await prepareValidatedImport(fixture, district.districtId, DayOne, [
      "enrollments",
    ])
    const before = await rosterState()

    await publishValidated(fixture, prepared)
    await waitForStatus(fixture, prepared.importId, "failed")
    const view = await findImport(
      fixture.database(),
      district.districtId,
      prepared.importId,
    )
    const outcomes = await readStoredMessages<ImportOutcome>(
      fixture,
      Streams.imports.name,
      "imports.outcome.failed",
    )

    const objectName = prepared.message.data.normalisedFiles.enrollments
    expect(view?.reason).toBe(
      "The roster could not apply this import after 5 attempts; nothing was changed. " +
        `The normalised enrollments file (${objectName}) is missing from the import files bucket.`,
    )
    expect(view?.timeline.map((entry) => entry.status)).toEqual([
      "received",
      "validating",
      "validated",
      "comparing",
      "failed",
    ])
    expect(outcomes.map((outcome) => outcome.message)).toEqual([
      {
        type: "import.outcome",
        version: 1,
        id: `${prepared.importId}:outcome:failed`,
        occurredAt: expect.any(String),
        districtId: district.districtId,
        data: { importId: prepared.importId, status: "failed" },
      },
    ])
    expect((await rosterState()).rows).toEqual(before.rows)
  }, 60_000)
})
