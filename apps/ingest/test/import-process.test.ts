import { createHash, randomUUID } from "node:crypto"
import {
  DefaultThresholds,
  type ImportStatus,
  Streams,
  Subjects,
} from "@homeroom/contracts"
import { RecordErrors, transitionImport } from "@homeroom/records"
import { afterAll, beforeAll, expect, test } from "vitest"
import { IngestErrors } from "../src/index.js"
import { readApi } from "./support/api.js"
import { sampleBundle } from "./support/bundle-zip.js"
import { callApi } from "./support/call-api.js"
import { errorAnswer } from "./support/error-answer.js"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"
import { uploadBundle } from "./support/upload.js"

const cleanups = cleanupList()
let harness: IngestHarness

afterAll(cleanups.run)
beforeAll(async () => {
  harness = await startIngest(cleanups.add)
  const saved = await callApi(harness.service.url, harness.district.administratorToken, {
    method: "PUT",
    path: "/v1/settings",
    body: { processing: "manual", recipients: [], thresholds: DefaultThresholds },
  })
  expect(saved.status).toBe(200)
})

/** How many `imports.received` messages the stream holds. */
async function receivedMessages(): Promise<number> {
  const info = await harness.streams.streams.info(Streams.imports.name, {
    subjects_filter: Subjects.importReceived,
  })
  return info.state.subjects?.[Subjects.importReceived] ?? 0
}

async function uploadSample(bundle: Uint8Array): Promise<string> {
  const response = await uploadBundle(
    harness.service.url,
    harness.district.administratorToken,
    bundle,
    { fileName: "spring-term.zip" },
  )
  expect(response.status).toBe(202)
  return ((await response.json()) as { id: string }).id
}

function processImport(importId: string, token = harness.district.administratorToken) {
  return callApi(harness.service.url, token, {
    method: "POST",
    path: `/v1/imports/${importId}/process`,
  })
}

function readImport(importId: string) {
  return readApi(
    harness.service.url,
    `/v1/imports/${importId}`,
    harness.district.administratorToken,
  )
}

function statusOf(view: unknown): unknown {
  return (view as { status: unknown }).status
}

test("in manual mode an upload stays received and is not published", async () => {
  const before = await receivedMessages()

  const importId = await uploadSample(await sampleBundle())
  const answer = await readImport(importId)

  const { status, timeline } = answer.body as { status: string; timeline: unknown[] }
  expect(await receivedMessages()).toBe(before)
  expect({ status, timeline }).toEqual({
    status: "received",
    timeline: [{ status: "received", at: expect.any(String), reason: null }],
  })
})

test("process publishes the waiting import's imports.received message and answers 202 with the import", async () => {
  const bundle = await sampleBundle()
  const importId = await uploadSample(bundle)
  const before = await receivedMessages()
  const requestedAt = Date.now()

  const answer = await processImport(importId)

  expect(answer).toEqual({ status: 202, body: (await readImport(importId)).body })
  expect(statusOf(answer.body)).toBe("received")
  expect(await receivedMessages()).toBe(before + 1)
  const stored = await harness.streams.streams.getMessage(Streams.imports.name, {
    last_by_subj: Subjects.importReceived,
  })
  expect(stored?.header?.get("Nats-Msg-Id")).toBe(`${importId}:received`)
  const message = stored?.json<{ occurredAt: string }>()
  expect(message).toEqual({
    type: "import.received",
    version: 1,
    id: `${importId}:received`,
    occurredAt: expect.any(String),
    districtId: harness.district.districtId,
    data: {
      importId,
      source: "upload",
      fileName: "spring-term.zip",
      bundle: {
        objectName: `${importId}/bundle.zip`,
        sizeBytes: bundle.length,
        sha256: createHash("sha256").update(bundle).digest("hex"),
      },
      dryRun: false,
    },
  })
  const occurredAt = Date.parse(message?.occurredAt ?? "")
  expect(occurredAt).toBeGreaterThanOrEqual(requestedAt)
  expect(occurredAt).toBeLessThanOrEqual(Date.now())
})

test("processing twice at once stores one message, so validation sees the import once", async () => {
  const importId = await uploadSample(await sampleBundle())
  const before = await receivedMessages()

  const answers = await Promise.all([processImport(importId), processImport(importId)])

  expect(answers.map((answer) => answer.status)).toEqual([202, 202])
  expect(await receivedMessages()).toBe(before + 1)
})

const laterStatuses: Array<{ status: ImportStatus; path: ImportStatus[] }> = [
  { status: "validating", path: ["validating"] },
  { status: "rejected", path: ["validating", "rejected"] },
  {
    status: "applied",
    path: ["validating", "validated", "comparing", "applying", "applied"],
  },
]

test.each(laterStatuses)(
  "processing a $status import is refused with 409 and publishes nothing",
  async ({ status, path }) => {
    const importId = await uploadSample(await sampleBundle())
    for (const step of path) {
      expect(
        await transitionImport(harness.service.context.database, importId, step),
      ).toBe(true)
    }
    const before = await receivedMessages()

    const answer = await processImport(importId)

    expect(answer).toEqual({
      status: 409,
      body: {
        statusCode: 409,
        code: "HR_INGEST_IMPORT_NOT_RECEIVED",
        error: "Conflict",
        message: `Import ${importId} is ${status}; only a received import waits to be processed.`,
      },
    })
    expect(await receivedMessages()).toBe(before)
  },
)

test("another district's import is not found, and nothing is published", async () => {
  const importId = await uploadSample(await sampleBundle())
  const before = await receivedMessages()

  const answer = await processImport(importId, harness.otherDistrict.administratorToken)

  expect(answer).toEqual({
    status: 404,
    body: errorAnswer(IngestErrors.IMPORT_NOT_FOUND(importId)),
  })
  expect(await receivedMessages()).toBe(before)
  expect(statusOf((await readImport(importId)).body)).toBe("received")
})

test("an unknown or malformed import id is not found", async () => {
  const unknown = randomUUID()

  const answers = [await processImport(unknown), await processImport("not-an-import")]

  expect(answers).toEqual([
    { status: 404, body: errorAnswer(IngestErrors.IMPORT_NOT_FOUND(unknown)) },
    { status: 404, body: errorAnswer(IngestErrors.IMPORT_NOT_FOUND("not-an-import")) },
  ])
})

test("a reader token may not process an import", async () => {
  const importId = await uploadSample(await sampleBundle())
  const before = await receivedMessages()

  const answer = await processImport(importId, harness.district.readerToken)

  expect(answer).toEqual({
    status: 403,
    body: errorAnswer(RecordErrors.ADMINISTRATOR_REQUIRED()),
  })
  expect(await receivedMessages()).toBe(before)
})
