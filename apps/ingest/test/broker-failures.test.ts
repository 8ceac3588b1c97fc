import { ImportFilesBucket, importOutcomeSubject, Streams } from "@homeroom/contracts"
import { imports, importTransitions } from "@homeroom/records"
import { asc, eq } from "drizzle-orm"
import { afterAll, beforeAll, expect, test } from "vitest"
import { IngestErrors } from "../src/index.js"
import { sampleBundle } from "./support/bundle-zip.js"
import { errorAnswer } from "./support/error-answer.js"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"
import { uploadBundle } from "./support/upload.js"

const NotQueuedReason =
  "The import could not be queued for validation; send the bundle again."

const cleanups = cleanupList()
let harness: IngestHarness

afterAll(cleanups.run)
beforeAll(async () => {
  harness = await startIngest(cleanups.add)
})

async function upload() {
  const response = await uploadBundle(
    harness.service.url,
    harness.district.administratorToken,
    await sampleBundle(),
  )
  return { status: response.status, body: await response.json() }
}

/** Uploads and returns the answer with the import the upload recorded. */
async function uploadAndFindImport() {
  const { database } = harness.service.context
  const before = await database.select({ id: imports.id }).from(imports)

  const answer = await upload()

  const after = await database.select({ id: imports.id }).from(imports)
  const created = after.filter((row) => !before.some((old) => old.id === row.id))
  expect(created).toHaveLength(1)
  return { answer, importId: String(created[0]?.id) }
}

async function storedFacts(importId: string) {
  const { database } = harness.service.context
  const rows = await database
    .select({ status: imports.status, reason: imports.reason })
    .from(imports)
    .where(eq(imports.id, importId))
  const timeline = await database
    .select({ status: importTransitions.status, reason: importTransitions.reason })
    .from(importTransitions)
    .where(eq(importTransitions.importId, importId))
    .orderBy(asc(importTransitions.id))
  return { rows, timeline }
}

test("an import that cannot be queued is marked failed, announced and answered 503", async () => {
  // The stream keeps outcomes but no longer takes `imports.received`.
  await harness.streams.streams.update(Streams.imports.name, {
    subjects: ["imports.outcome.>"],
  })

  const { answer, importId } = await uploadAndFindImport()

  expect(answer).toEqual({
    status: 503,
    body: errorAnswer(IngestErrors.QUEUE_UNAVAILABLE(importId)),
  })
  expect(await storedFacts(importId)).toEqual({
    rows: [{ status: "failed", reason: NotQueuedReason }],
    timeline: [
      { status: "received", reason: null },
      { status: "failed", reason: NotQueuedReason },
    ],
  })
  const outcome = await harness.streams.streams.getMessage(Streams.imports.name, {
    last_by_subj: importOutcomeSubject("failed"),
  })
  expect(outcome?.json()).toEqual({
    type: "import.outcome",
    version: 1,
    id: `${importId}:outcome:failed`,
    occurredAt: expect.any(String),
    districtId: harness.district.districtId,
    data: { importId, status: "failed" },
  })
})

test("when even the failure cannot be announced, the import is still marked failed", async () => {
  await harness.streams.streams.delete(Streams.imports.name)

  const { answer, importId } = await uploadAndFindImport()

  expect(answer).toEqual({
    status: 503,
    body: errorAnswer(IngestErrors.QUEUE_UNAVAILABLE(importId)),
  })
  expect((await storedFacts(importId)).rows).toEqual([
    { status: "failed", reason: NotQueuedReason },
  ])
})

test("a bundle that cannot be stored is answered 503 and not recorded", async () => {
  await harness.streams.streams.delete(`OBJ_${ImportFilesBucket}`)
  const { database } = harness.service.context
  const before = await database.select({ id: imports.id }).from(imports)

  const answer = await upload()

  expect(answer).toEqual({
    status: 503,
    body: errorAnswer(IngestErrors.STORAGE_UNAVAILABLE()),
  })
  expect(await database.select({ id: imports.id }).from(imports)).toEqual(before)
})
