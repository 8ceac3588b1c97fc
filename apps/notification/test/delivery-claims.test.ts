import { randomUUID } from "node:crypto"
import { importNotifications, migrateRecords } from "@homeroom/records"
import { type Database, openDatabase } from "@homeroom/service-kit"
import { createTestDatabase, type TestDatabase } from "@homeroom/testing"
import { eq } from "drizzle-orm"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  claimDelivery,
  markSent,
  recordSkipped,
  releaseClaim,
} from "../src/deliveries/delivery-record.js"
import { createEndedImport, createRecipientDistrict } from "./support/import-records.js"

describe("delivery claims", () => {
  let testDatabase: TestDatabase
  let database: Database
  let districtId: string

  beforeAll(async () => {
    testDatabase = await createTestDatabase()
    await migrateRecords(testDatabase.url)
    database = openDatabase(testDatabase.url, { applicationName: "claims-test" })
    districtId = await createRecipientDistrict(database, "Maple Valley", [
      "a@example.org",
    ])
  })
  afterAll(async () => {
    await database?.$client.end({ timeout: 5 })
    await testDatabase?.drop()
  })

  function rowsOf(importId: string) {
    return database
      .select({
        outcome: importNotifications.outcome,
        status: importNotifications.status,
        claimedBy: importNotifications.claimedBy,
        messageId: importNotifications.messageId,
      })
      .from(importNotifications)
      .where(eq(importNotifications.importId, importId))
      .orderBy(importNotifications.claimedBy)
  }

  it("lets exactly one of many simultaneous claims win", async () => {
    const importId = await createEndedImport(database, { districtId, status: "applied" })
    const claimants = Array.from({ length: 12 }, () => randomUUID())

    const claims = await Promise.all(
      claimants.map((claimedBy) =>
        claimDelivery(database, {
          importId,
          kind: "import-results",
          outcome: "applied",
          occurrence: 1,
          claimedBy,
        }),
      ),
    )

    const winners = claimants.filter((_, index) => claims[index]?.won === true)
    expect(winners).toHaveLength(1)
    expect(await rowsOf(importId)).toEqual([
      { outcome: "applied", status: "claimed", claimedBy: winners[0], messageId: null },
    ])
  })

  it("frees a released claim for the next attempt, and only its holder marks it sent", async () => {
    const importId = await createEndedImport(database, { districtId, status: "applied" })
    const first = {
      importId,
      kind: "import-results" as const,
      outcome: "applied" as const,
      occurrence: 1,
      claimedBy: "outcome-1",
    }
    const second = { ...first, claimedBy: "outcome-2" }

    await claimDelivery(database, first)
    await releaseClaim(database, second)
    const whileHeld = await claimDelivery(database, second)
    await releaseClaim(database, first)
    const afterRelease = await claimDelivery(database, second)
    await markSent(database, first, "<wrong@example.org>")
    await markSent(database, second, "<right@example.org>")

    expect([whileHeld?.won, afterRelease?.won]).toEqual([false, true])
    expect(await rowsOf(importId)).toEqual([
      {
        outcome: "applied",
        status: "sent",
        claimedBy: "outcome-2",
        messageId: "<right@example.org>",
      },
    ])
  })

  it("keeps each kind, outcome and pause of an email apart, and a skipped email stays skipped", async () => {
    const importId = await createEndedImport(database, { districtId, status: "applied" })
    const checkYourData = {
      importId,
      kind: "check-your-data" as const,
      outcome: "paused" as const,
      occurrence: 1,
    }
    const importResults = { ...checkYourData, kind: "import-results" as const }

    const claims = [
      await recordSkipped(database, { ...checkYourData, claimedBy: "outcome-1" }),
      await claimDelivery(database, { ...checkYourData, claimedBy: "outcome-2" }),
      await claimDelivery(database, { ...importResults, claimedBy: "outcome-3" }),
      await claimDelivery(database, {
        ...importResults,
        outcome: "applied",
        claimedBy: "outcome-4",
      }),
      await claimDelivery(database, {
        ...checkYourData,
        occurrence: 2,
        claimedBy: "outcome-5",
      }),
    ]

    expect(claims.map((claim) => claim?.won)).toEqual([true, false, true, true, true])
    expect(await rowsOf(importId)).toEqual([
      { outcome: "paused", status: "skipped", claimedBy: "outcome-1", messageId: null },
      { outcome: "paused", status: "claimed", claimedBy: "outcome-3", messageId: null },
      { outcome: "applied", status: "claimed", claimedBy: "outcome-4", messageId: null },
      { outcome: "paused", status: "claimed", claimedBy: "outcome-5", messageId: null },
    ])
  })
})
