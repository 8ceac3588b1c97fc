import { findImport } from "@homeroom/records"
import { and, eq } from "drizzle-orm"
import { afterAll, beforeAll, expect, test } from "vitest"
import { users } from "../src/db/schema/index.js"
import { rosterFixture } from "./support/roster-fixture.js"
import { DayOne, editRows } from "./support/sample-roster.js"
import { applyImport } from "./support/submit-import.js"

const fixture = rosterFixture()

afterAll(() => fixture.stop())
beforeAll(() => fixture.start())

async function setGivenName(districtId: string, sourcedId: string, givenName: string) {
  await fixture
    .database()
    .update(users)
    .set({ givenName, digest: 0n })
    .where(and(eq(users.districtId, districtId), eq(users.sourcedId, sourcedId)))
}

async function givenName(districtId: string, sourcedId: string) {
  const [row] = await fixture
    .database()
    .select({ givenName: users.givenName })
    .from(users)
    .where(and(eq(users.districtId, districtId), eq(users.sourcedId, sourcedId)))
  return row?.givenName
}

test("a file identical to the one the roster was built from is neither staged nor compared", async () => {
  const district = await fixture.createTestDistrict("Stillwater")
  await applyImport(fixture, district.districtId, DayOne)
  // Changed behind the importer's back, digest included, so that only a comparison of
  // users.csv would see it.
  await setGivenName(district.districtId, "student-1", "Edited")
  await setGivenName(district.districtId, "teacher-okafor", "Edited")

  const again = await applyImport(fixture, district.districtId, DayOne)
  const changedUsers = editRows(DayOne.users, {
    change: { "student-2": { email: "student-2@district.example" } },
  })
  const next = await applyImport(fixture, district.districtId, {
    ...DayOne,
    users: changedUsers,
  })
  const view = (importId: string) =>
    findImport(fixture.database(), district.districtId, importId)

  expect((await view(again.importId))?.changes?.users).toEqual({
    created: 0,
    updated: 0,
    removed: 0,
    existing: 10,
  })
  expect((await view(next.importId))?.changes?.users).toEqual({
    created: 0,
    updated: 3,
    removed: 0,
    existing: 10,
  })
  expect(await givenName(district.districtId, "student-1")).toBe("Given student-1")
  expect((await view(next.importId))?.changes?.studentEnrollments).toEqual({
    created: 0,
    updated: 0,
    removed: 0,
    existing: 4,
  })
})
