import { createHash, randomBytes } from "node:crypto"
import { Readable } from "node:stream"
import { ImportReceivedSchema, ObjectNames, Streams, Subjects } from "@homeroom/contracts"
import { imports, importTransitions } from "@homeroom/records"
import { eq } from "drizzle-orm"
import Value from "typebox/value"
import { afterAll, beforeAll, expect, test } from "vitest"
import { receiveBundle } from "../src/index.js"
import { sampleBundle } from "./support/bundle-zip.js"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"
import { uploadBundle } from "./support/upload.js"

const UuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const cleanups = cleanupList()
let harness: IngestHarness

afterAll(cleanups.run)
beforeAll(async () => {
  harness = await startIngest(cleanups.add)
})

function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex")
}

async function receivedMessageOf(importId: string) {
  const stored = await harness.streams.streams.getMessage(Streams.imports.name, {
    last_by_subj: Subjects.importReceived,
  })
  expect(stored?.header?.get("Nats-Msg-Id")).toBe(`${importId}:received`)
  return stored?.json<unknown>()
}

test("an administrator's upload is answered 202 with the new import's id and link", async () => {
  const response = await uploadBundle(
    harness.service.url,
    harness.district.administratorToken,
    await sampleBundle(),
  )
  const body = (await response.json()) as { id: string }

  expect(response.status).toBe(202)
  expect(body).toEqual({
    id: expect.stringMatching(UuidShape),
    status: "received",
    links: { self: `/v1/imports/${body.id}` },
  })
  expect(response.headers.get("location")).toBe(`/v1/imports/${body.id}`)
})

test("the uploaded bundle is stored byte for byte and recorded as received", async () => {
  const bundle = await sampleBundle()
  const { district, service } = harness

  const response = await uploadBundle(service.url, district.administratorToken, bundle, {
    fileName: "maple-valley-2026.zip",
  })
  const { id } = (await response.json()) as { id: string }

  const stored = await service.context.importFiles.getBlob(ObjectNames.bundle(id))
  expect(Buffer.from(stored ?? [])).toEqual(bundle)
  const [row] = await service.context.database
    .select()
    .from(imports)
    .where(eq(imports.id, id))
  expect(row).toEqual({
    id,
    districtId: district.districtId,
    status: "received",
    source: "upload",
    fileName: "maple-valley-2026.zip",
    sizeBytes: bundle.length,
    sha256: sha256Of(bundle),
    objectName: `${id}/bundle.zip`,
    dryRun: false,
    files: null,
    logicalFiles: null,
    errorCount: 0,
    warningCount: 0,
    changes: null,
    thresholdsReached: null,
    decision: null,
    decidedBy: null,
    decidedAt: null,
    reason: null,
    receivedAt: expect.any(Date),
    updatedAt: row?.receivedAt,
  })
  const timeline = await service.context.database
    .select({ status: importTransitions.status, reason: importTransitions.reason })
    .from(importTransitions)
    .where(eq(importTransitions.importId, id))
  expect(timeline).toEqual([{ status: "received", reason: null }])
})

test("the upload is announced on imports.received with the stored bundle's facts", async () => {
  const bundle = await sampleBundle()
  const before = Date.now()

  const response = await uploadBundle(
    harness.service.url,
    harness.district.administratorToken,
    bundle,
    { fileName: "roster.zip" },
  )
  const { id } = (await response.json()) as { id: string }
  const message = (await receivedMessageOf(id)) as { occurredAt: string }

  expect(message).toEqual({
    type: "import.received",
    version: 1,
    id: `${id}:received`,
    occurredAt: expect.any(String),
    districtId: harness.district.districtId,
    data: {
      importId: id,
      source: "upload",
      fileName: "roster.zip",
      bundle: {
        objectName: `${id}/bundle.zip`,
        sizeBytes: bundle.length,
        sha256: sha256Of(bundle),
      },
      dryRun: false,
    },
  })
  expect(Value.Check(ImportReceivedSchema, message)).toBe(true)
  const occurredAt = Date.parse(message.occurredAt)
  expect(occurredAt).toBeGreaterThanOrEqual(before)
  expect(occurredAt).toBeLessThanOrEqual(Date.now())
})

test("a bundle spanning many Object Store chunks keeps every byte and its checksum", async () => {
  const bundle = randomBytes(3 * 1024 * 1024 + 17)

  const response = await uploadBundle(
    harness.service.url,
    harness.district.administratorToken,
    bundle,
  )
  const { id } = (await response.json()) as { id: string }

  const info = await harness.service.context.importFiles.info(ObjectNames.bundle(id))
  const stored = await harness.service.context.importFiles.getBlob(ObjectNames.bundle(id))
  expect(info?.chunks).toBeGreaterThan(20)
  expect(sha256Of(stored ?? new Uint8Array())).toBe(sha256Of(bundle))
  const [row] = await harness.service.context.database
    .select({ sizeBytes: imports.sizeBytes, sha256: imports.sha256 })
    .from(imports)
    .where(eq(imports.id, id))
  expect(row).toEqual({ sizeBytes: bundle.length, sha256: sha256Of(bundle) })
})

test("receiveBundle takes a bundle from another source, such as SFTP", async () => {
  const bundle = await sampleBundle()
  const { context } = harness.service

  const received = await receiveBundle(
    { ...context, maxUploadBytes: context.config.MAX_UPLOAD_BYTES },
    {
      districtId: harness.district.districtId,
      source: "sftp",
      fileName: "nightly.zip",
      stream: Readable.from([bundle]),
    },
  )

  expect(received).toEqual({ id: expect.stringMatching(UuidShape), status: "received" })
  const message = (await receivedMessageOf(received.id)) as { data: unknown }
  expect(message.data).toEqual({
    importId: received.id,
    source: "sftp",
    fileName: "nightly.zip",
    bundle: {
      objectName: `${received.id}/bundle.zip`,
      sizeBytes: bundle.length,
      sha256: sha256Of(bundle),
    },
    dryRun: false,
  })
})
