import { DefaultThresholds, Streams, Subjects } from "@homeroom/contracts"
import { apiTokens, imports, saveImportSettings } from "@homeroom/records"
import { and, eq } from "drizzle-orm"
import { afterAll, beforeAll, expect, test } from "vitest"
import { sampleBundle } from "./support/bundle-zip.js"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"
import { uploadBundle } from "./support/upload.js"

const cleanups = cleanupList()
let harness: IngestHarness

afterAll(cleanups.run)
beforeAll(async () => {
  harness = await startIngest(cleanups.add)
})

async function upload(query: string) {
  const response = await uploadBundle(
    harness.service.url,
    harness.district.administratorToken,
    await sampleBundle(),
    { query },
  )
  return { status: response.status, body: (await response.json()) as { id: string } }
}

async function recordedDryRun(importId: string) {
  const [row] = await harness.service.context.database
    .select({ status: imports.status, dryRun: imports.dryRun })
    .from(imports)
    .where(eq(imports.id, importId))
  return row
}

/** The last `imports.received` message: its id and whether it asks for a dry run. */
async function lastReceivedMessage() {
  const stored = await harness.streams.streams.getMessage(Streams.imports.name, {
    last_by_subj: Subjects.importReceived,
  })
  const message = stored?.json<{ id: string; data: { dryRun: boolean } }>()
  return { id: message?.id, dryRun: message?.data.dryRun }
}

async function receivedMessageCount(): Promise<number> {
  const info = await harness.streams.streams.info(Streams.imports.name, {
    subjects_filter: Subjects.importReceived,
  })
  return info.state.subjects?.[Subjects.importReceived] ?? 0
}

/** Makes the district process imports only when an administrator asks. */
async function processOnRequest() {
  const { database } = harness.service.context
  const { districtId } = harness.district
  const [token] = await database
    .select({ id: apiTokens.id })
    .from(apiTokens)
    .where(and(eq(apiTokens.districtId, districtId), eq(apiTokens.role, "administrator")))
  await saveImportSettings(
    database,
    districtId,
    { processing: "manual", recipients: [], thresholds: DefaultThresholds },
    token?.id ?? "",
  )
}

test("an upload with ?dryRun=true is recorded and announced as a dry run", async () => {
  const answer = await upload("?dryRun=true")

  expect(answer.status).toBe(202)
  expect(await recordedDryRun(answer.body.id)).toEqual({
    status: "received",
    dryRun: true,
  })
  expect(await lastReceivedMessage()).toEqual({
    id: `${answer.body.id}:received`,
    dryRun: true,
  })
})

test("an upload with ?dryRun=false is an ordinary import", async () => {
  const answer = await upload("?dryRun=false")

  expect(answer.status).toBe(202)
  expect(await recordedDryRun(answer.body.id)).toEqual({
    status: "received",
    dryRun: false,
  })
  expect(await lastReceivedMessage()).toEqual({
    id: `${answer.body.id}:received`,
    dryRun: false,
  })
})

test("a dryRun that is not a boolean is refused with 400 and nothing is recorded", async () => {
  const before = await harness.service.context.database.$count(imports)

  const answer = await upload("?dryRun=maybe")

  expect(answer).toEqual({
    status: 400,
    body: {
      statusCode: 400,
      code: "HR_KIT_REQUEST_INVALID",
      error: "Bad Request",
      message: expect.stringContaining("dryRun"),
    },
  })
  expect(await harness.service.context.database.$count(imports)).toBe(before)
})

test("a dry run is queued at once even when the district processes imports on request", async () => {
  await processOnRequest()
  const before = await receivedMessageCount()

  const held = await upload("")
  const checked = await upload("?dryRun=true")

  expect(await recordedDryRun(held.body.id)).toEqual({
    status: "received",
    dryRun: false,
  })
  expect(await receivedMessageCount()).toBe(before + 1)
  expect(await lastReceivedMessage()).toEqual({
    id: `${checked.body.id}:received`,
    dryRun: true,
  })
})
