import { randomUUID } from "node:crypto"
import type { ChangeSummary, FileSummary, ImportStatus } from "@homeroom/contracts"
import {
  type ImportFacts,
  imports,
  importTransitions,
  RecordErrors,
  transitionImport,
} from "@homeroom/records"
import { asc, eq } from "drizzle-orm"
import { afterAll, beforeAll, expect, test } from "vitest"
import { IngestErrors } from "../src/index.js"
import { readApi } from "./support/api.js"
import { sampleBundle } from "./support/bundle-zip.js"
import { errorAnswer } from "./support/error-answer.js"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"
import { uploadBundle } from "./support/upload.js"

const cleanups = cleanupList()
let harness: IngestHarness

afterAll(cleanups.run)
beforeAll(async () => {
  harness = await startIngest(cleanups.add)
})

const files: FileSummary[] = [
  { file: "orgs.csv", rowsRead: 1, rowsWithErrors: 0, warnings: 0 },
  { file: "users.csv", rowsRead: 120, rowsWithErrors: 2, warnings: 3 },
]

const changes: ChangeSummary = {
  orgs: { created: 1, updated: 0, removed: 0, existing: 0 },
  academicSessions: { created: 2, updated: 0, removed: 0, existing: 0 },
  users: { created: 110, updated: 6, removed: 2, existing: 10 },
  classes: { created: 12, updated: 0, removed: 0, existing: 0 },
  teacherEnrollments: { created: 12, updated: 0, removed: 0, existing: 0 },
  studentEnrollments: { created: 240, updated: 0, removed: 1, existing: 1 },
}

async function uploadSample(): Promise<string> {
  const response = await uploadBundle(
    harness.service.url,
    harness.district.administratorToken,
    await sampleBundle(),
  )
  return ((await response.json()) as { id: string }).id
}

async function move(importId: string, steps: Array<[ImportStatus, ImportFacts?]>) {
  for (const [status, facts] of steps) {
    const moved = await transitionImport(
      harness.service.context.database,
      importId,
      status,
      facts,
    )
    expect(moved).toBe(true)
  }
}

/** The import as stored, shaped as the API is expected to show it. */
async function storedView(importId: string) {
  const { database } = harness.service.context
  const [row] = await database.select().from(imports).where(eq(imports.id, importId))
  const timeline = await database
    .select()
    .from(importTransitions)
    .where(eq(importTransitions.importId, importId))
    .orderBy(asc(importTransitions.id))
  if (!row) throw new Error(`import ${importId} is not stored`)

  return {
    receivedAt: row.receivedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    times: timeline.map((entry) => entry.at.toISOString()),
  }
}

test("an applied import shows its files, counts, changes and timeline with times", async () => {
  const importId = await uploadSample()
  await move(importId, [
    ["validating"],
    ["validated", { files, errorCount: 2, warningCount: 3 }],
    ["comparing"],
    ["applying", { changes }],
    ["applied"],
  ])
  const stored = await storedView(importId)

  const answer = await readApi(
    harness.service.url,
    `/v1/imports/${importId}`,
    harness.district.readerToken,
  )

  expect(answer).toEqual({
    status: 200,
    body: {
      id: importId,
      status: "applied",
      source: "upload",
      dryRun: false,
      fileName: "roster.zip",
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      receivedAt: stored.receivedAt,
      updatedAt: stored.updatedAt,
      reason: null,
      errorCount: 2,
      warningCount: 3,
      files,
      logicalFiles: [],
      changes,
      thresholdsReached: null,
      decision: null,
      timeline: [
        "received",
        "validating",
        "validated",
        "comparing",
        "applying",
        "applied",
      ].map((status, index) => ({ status, at: stored.times[index], reason: null })),
    },
  })
  expect([...stored.times].sort()).toEqual(stored.times)
})

test("a rejected import shows why, in its status and its timeline", async () => {
  const importId = await uploadSample()
  const reason = "users.csv is missing the required column role."
  await move(importId, [["validating"], ["rejected", { reason, errorCount: 1 }]])
  const stored = await storedView(importId)

  const answer = await readApi(
    harness.service.url,
    `/v1/imports/${importId}`,
    harness.district.administratorToken,
  )

  expect(answer).toEqual({
    status: 200,
    body: {
      id: importId,
      status: "rejected",
      source: "upload",
      dryRun: false,
      fileName: "roster.zip",
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      receivedAt: stored.receivedAt,
      updatedAt: stored.updatedAt,
      reason,
      errorCount: 1,
      warningCount: 0,
      files: [],
      logicalFiles: [],
      changes: null,
      thresholdsReached: null,
      decision: null,
      timeline: [
        { status: "received", at: stored.times[0], reason: null },
        { status: "validating", at: stored.times[1], reason: null },
        { status: "rejected", at: stored.times[2], reason },
      ],
    },
  })
})

test("another district's import is not found", async () => {
  const importId = await uploadSample()

  const answer = await readApi(
    harness.service.url,
    `/v1/imports/${importId}`,
    harness.otherDistrict.administratorToken,
  )

  expect(answer).toEqual({
    status: 404,
    body: errorAnswer(IngestErrors.IMPORT_NOT_FOUND(importId)),
  })
})

test("an unknown import id is not found", async () => {
  const importId = randomUUID()

  const answer = await readApi(
    harness.service.url,
    `/v1/imports/${importId}`,
    harness.district.readerToken,
  )

  expect(answer).toEqual({
    status: 404,
    body: errorAnswer(IngestErrors.IMPORT_NOT_FOUND(importId)),
  })
})

test("a malformed import id is not found rather than an error", async () => {
  const answer = await readApi(
    harness.service.url,
    "/v1/imports/not-an-import",
    harness.district.readerToken,
  )

  expect(answer).toEqual({
    status: 404,
    body: errorAnswer(IngestErrors.IMPORT_NOT_FOUND("not-an-import")),
  })
})

test("reading an import needs a token", async () => {
  const answer = await readApi(harness.service.url, `/v1/imports/${randomUUID()}`, null)

  expect(answer).toEqual({ status: 401, body: errorAnswer(RecordErrors.TOKEN_MISSING()) })
})
