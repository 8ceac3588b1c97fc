import { randomUUID } from "node:crypto"
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { type Database, openDatabase } from "@homeroom/service-kit"
import { createTestDatabase, type TestDatabase } from "@homeroom/testing"
import { eq } from "drizzle-orm"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  createDistrict,
  createImport,
  importNotifications,
  imports,
  migrateRecords,
  runMigrations,
} from "../src/index.js"

const migrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url))

interface Journal {
  readonly entries: ReadonlyArray<{ readonly idx: number; readonly tag: string }>
}

/** A copy of the migrations folder that stops before `firstLeftOut`. */
async function migrationsBefore(firstLeftOut: number): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "records-migrations-"))
  await mkdir(join(folder, "meta"))
  const journalText = await readFile(join(migrationsFolder, "meta/_journal.json"), "utf8")
  const journal = JSON.parse(journalText) as Journal
  const entries = journal.entries.filter((entry) => entry.idx < firstLeftOut)

  for (const entry of entries) {
    const file = `${entry.tag}.sql`
    await copyFile(join(migrationsFolder, file), join(folder, file))
  }
  await writeFile(
    join(folder, "meta/_journal.json"),
    JSON.stringify({ ...journal, entries }),
  )
  return folder
}

describe("the notification outcomes migration", () => {
  const sentAt = new Date("2026-03-02T14:05:09.000Z")
  let testDatabase: TestDatabase
  let database: Database
  let olderMigrations: string
  let districtId: string
  let appliedId: string
  let rejectedId: string

  // The emails are recorded under the migrations before this one, then it runs.
  beforeAll(async () => {
    testDatabase = await createTestDatabase()
    olderMigrations = await migrationsBefore(4)
    await runMigrations(testDatabase.url, olderMigrations, "__records_migrations")
    database = openDatabase(testDatabase.url, { applicationName: "records-test" })

    districtId = (await createDistrict(database, { name: "Maple Valley" })).districtId
    appliedId = await endedImport("applied")
    rejectedId = await endedImport("rejected")
    await database.$client`
      insert into import_notifications
        (import_id, kind, status, claimed_by, claimed_at, sent_at, message_id)
      values
        (${appliedId}, 'import-results', 'sent', 'outcome-1', ${sentAt.toISOString()},
         ${sentAt.toISOString()}, '<import-results@example.org>'),
        (${rejectedId}, 'import-results', 'skipped', 'outcome-2', ${sentAt.toISOString()},
         null, null)`

    await migrateRecords(testDatabase.url)
  })
  afterAll(async () => {
    await database?.$client.end()
    await testDatabase?.drop()
    if (olderMigrations) await rm(olderMigrations, { recursive: true, force: true })
  })

  async function endedImport(status: "applied" | "rejected") {
    const id = randomUUID()
    await createImport(database, {
      id,
      districtId,
      source: "upload",
      fileName: "bundle.zip",
      sizeBytes: 10,
      sha256: "0".repeat(64),
      objectName: `${id}/bundle.zip`,
    })
    await database.update(imports).set({ status }).where(eq(imports.id, id))
    return id
  }

  it("keeps every recorded email, taking its import's final status as its outcome", async () => {
    const rows = await database
      .select()
      .from(importNotifications)
      .orderBy(importNotifications.claimedBy)
    expect(rows).toEqual([
      {
        importId: appliedId,
        kind: "import-results",
        outcome: "applied",
        occurrence: 1,
        status: "sent",
        claimedBy: "outcome-1",
        claimedAt: sentAt,
        sentAt,
        messageId: "<import-results@example.org>",
      },
      {
        importId: rejectedId,
        kind: "import-results",
        outcome: "rejected",
        occurrence: 1,
        status: "skipped",
        claimedBy: "outcome-2",
        claimedAt: sentAt,
        sentAt: null,
        messageId: null,
      },
    ])
  })

  it("records one email of each kind per outcome of an import, and per pause", async () => {
    const importId = await endedImport("applied")
    const email = { importId, kind: "import-results" as const, status: "sent" as const }

    const inserted = await database
      .insert(importNotifications)
      .values([
        { ...email, outcome: "paused", claimedBy: "outcome-paused" },
        { ...email, outcome: "paused", occurrence: 2, claimedBy: "outcome-paused-2" },
        { ...email, outcome: "paused", occurrence: 2, claimedBy: "outcome-paused-2b" },
        { ...email, outcome: "applied", claimedBy: "outcome-applied" },
        { ...email, outcome: "applied", claimedBy: "outcome-applied-again" },
      ])
      .onConflictDoNothing()
      .returning({ claimedBy: importNotifications.claimedBy })

    expect(inserted).toEqual([
      { claimedBy: "outcome-paused" },
      { claimedBy: "outcome-paused-2" },
      { claimedBy: "outcome-applied" },
    ])
  })
})
