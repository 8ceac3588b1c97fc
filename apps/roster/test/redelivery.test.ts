import { Consumers } from "@homeroom/contracts"
import { findImport } from "@homeroom/records"
import { waitFor } from "@homeroom/testing"
import { jetstreamManager } from "@nats-io/jetstream"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { applyValidatedImport } from "../src/apply/apply-import.js"
import { applyDependencies } from "./support/apply-dependencies.js"
import { rosterFixture, type TestDistrict } from "./support/roster-fixture.js"
import { DayOne, editRows } from "./support/sample-roster.js"
import {
  applyImport,
  prepareValidatedImport,
  publishValidated,
  type ValidatedImport,
} from "./support/submit-import.js"

const fixture = rosterFixture()
let district: TestDistrict
let first: ValidatedImport

afterAll(() => fixture.stop())
beforeAll(async () => {
  await fixture.start()
  district = await fixture.createTestDistrict("Lakeside")
  first = await applyImport(fixture, district.districtId, DayOne)
})

async function snapshot(importId: string) {
  const sql = fixture.database().$client
  const view = await findImport(fixture.database(), district.districtId, importId)
  const [outbox] = await sql`select count(*)::int as rows from roster_outbox`
  const users = await sql`
    select sourced_id, status, updated_at, last_import_id from users
    where district_id = ${district.districtId} order by sourced_id`
  return {
    status: view?.status,
    changes: view?.changes,
    timeline: view?.timeline.map((entry) => entry.status),
    outboxRows: outbox?.["rows"],
    users: [...users],
  }
}

async function waitUntilConsumerIdle(deliveries: number) {
  const manager = await jetstreamManager(fixture.natsConnection())
  await waitFor(
    async () => {
      const info = await manager.consumers.info(
        Consumers.roster.stream,
        Consumers.roster.durable,
      )
      return (
        info.delivered.consumer_seq >= deliveries &&
        info.num_pending === 0 &&
        info.num_ack_pending === 0
      )
    },
    { what: "the roster consumer to settle" },
  )
}

describe("a validated import delivered more than once", () => {
  test("is applied once when its message is redelivered", async () => {
    const before = await snapshot(first.importId)

    await publishValidated(fixture, first)
    await waitUntilConsumerIdle(2)

    expect(await snapshot(first.importId)).toEqual(before)
  })

  test("is applied once when two deliveries run at the same time", async () => {
    const second = await prepareValidatedImport(fixture, district.districtId, {
      ...DayOne,
      users: editRows(DayOne.users, { drop: ["student-4"] }),
    })
    const dependencies = applyDependencies(fixture)

    await Promise.all([
      applyValidatedImport(dependencies, second.message),
      applyValidatedImport(dependencies, second.message),
    ])

    const after = await snapshot(second.importId)
    expect(after.timeline).toEqual([
      "received",
      "validating",
      "validated",
      "comparing",
      "applying",
      "applied",
    ])
    expect(after.changes?.users).toEqual({
      created: 0,
      updated: 0,
      removed: 1,
      existing: 10,
    })
    const sql = fixture.database().$client
    const [events] = await sql`
      select count(*)::int as rows from roster_outbox
      where message->'data'->>'importId' = ${second.importId}`
    expect(events?.["rows"]).toBe(2)
  })
})
