import { createHash, randomUUID } from "node:crypto"
import { readFile } from "node:fs/promises"
import {
  type ImportReceived,
  ImportReceivedSchema,
  ImportStatuses,
  ObjectNames,
  Streams,
  Subjects,
} from "@homeroom/contracts"
import {
  createDistrict,
  createImport,
  findImport,
  migrateRecords,
} from "@homeroom/records"
import {
  createMessageReader,
  type RunningService,
  startService,
} from "@homeroom/service-kit"
import { createTestDatabase, startNatsServer, waitFor } from "@homeroom/testing"
import { jetstreamManager } from "@nats-io/jetstream"
import type { Subscription } from "@nats-io/transport-node"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { validationHandler } from "../src/consumers/validate-import.js"
import { validationService } from "../src/index.js"
import { BrokenBundles } from "./support/broken-bundles.js"
import { tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace, writeZip } from "./support/zip-bundle.js"

type ValidationService = RunningService<(typeof validationService)["variables"]>

/** A message some service published about an import, as any NATS subscriber sees it. */
interface Announcement {
  readonly subject: string
  /** The JetStream de-duplication id the message was published with. */
  readonly messageId: string | undefined
}

const workspace = useWorkspace()
const cleanups: Array<() => Promise<void>> = []
const announcements = new Map<string, Announcement[]>()
let service: ValidationService
let districtId: string

beforeAll(async () => {
  const database = await createTestDatabase()
  cleanups.push(database.drop)
  const nats = await startNatsServer()
  cleanups.push(nats.destroy)
  await migrateRecords(database.url)

  service = await startService(validationService, {
    environment: {
      DATABASE_URL: database.url,
      NATS_URL: nats.url,
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      VALIDATION_PORT: "0",
    },
  })
  cleanups.push(service.stop)
  ;({ districtId } = await createDistrict(service.context.database, {
    name: "Juniper Hills Schools",
  }))
  listen(service.context.nats.connection.subscribe("imports.>"))
})
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

/**
 * Keeps every publish on `imports.>` per import, as a plain subscriber receives it:
 * one that JetStream drops as a duplicate is still seen here, so a re-announcement
 * shows even when the stream keeps one copy.
 */
function listen(subscription: Subscription) {
  void (async () => {
    for await (const message of subscription) {
      const { data } = message.json<{ data: { importId: string } }>()
      const seen = announcements.get(data.importId) ?? []
      seen.push({
        subject: message.subject,
        messageId: message.headers?.get("Nats-Msg-Id"),
      })
      announcements.set(data.importId, seen)
    }
  })()
}

/** Everything announced about an import except its `imports.received`, in order. */
async function announcedAbout(importId: string): Promise<Announcement[]> {
  await service.context.nats.connection.flush()
  const seen = announcements.get(importId) ?? []
  return seen.filter((announcement) => announcement.subject !== Subjects.importReceived)
}

/** A queued import's message and where the stream keeps it. */
interface Queued {
  readonly message: ImportReceived
  readonly importId: string
  readonly sequence: number
}

/**
 * Stores a bundle, records its import and queues it, as ingest does; without a path
 * the bundle is never stored, so it cannot be read.
 */
async function receive(path: string | null, dryRun = false): Promise<Queued> {
  const importId = randomUUID()
  const objectName = ObjectNames.bundle(importId)
  const bytes = path === null ? Buffer.alloc(0) : await readFile(path)
  if (path !== null) {
    await service.context.importFiles.putBlob({ name: objectName }, bytes)
  }

  const sha256 = createHash("sha256").update(bytes).digest("hex")
  const bundle = { objectName, sizeBytes: bytes.length, sha256 }
  const message: ImportReceived = {
    type: "import.received",
    version: 1,
    id: `${importId}:received`,
    occurredAt: new Date().toISOString(),
    districtId,
    data: { importId, source: "upload", fileName: "roster.zip", bundle, dryRun },
  }
  await createImport(service.context.database, {
    id: importId,
    districtId,
    source: "upload",
    fileName: "roster.zip",
    dryRun,
    ...bundle,
  })
  const stored = await service.context.jetstream.publish(
    Subjects.importReceived,
    JSON.stringify(message),
    { msgID: message.id },
  )
  return { message, importId, sequence: stored.seq }
}

/** Waits for the import to reach a final status, then for the consumer to let go. */
async function settled(importId: string) {
  const final = ImportStatuses.filter(
    (status) => !["received", "validating"].includes(status),
  )
  const view = await waitFor(
    async () => {
      const found = await findImport(service.context.database, districtId, importId)
      return found && final.includes(found.status) ? found : null
    },
    { timeoutMs: 30_000, intervalMs: 100, what: `import ${importId} to settle` },
  )
  await waitForConsumerIdle()
  return {
    status: view.status,
    reason: view.reason,
    timeline: view.timeline.map((entry) => entry.status),
  }
}

async function waitForConsumerIdle() {
  const manager = await jetstreamManager(service.context.nats.connection)
  await waitFor(async () => {
    const info = await manager.consumers.info(Streams.imports.name, "validation")
    return info.num_pending === 0 && info.num_ack_pending === 0
  })
}

/**
 * Hands the message to the validation handler again, as JetStream does when the copy
 * that had it died before acknowledging: the very bytes stored in the stream.
 */
async function redeliver(queued: Queued) {
  const manager = await jetstreamManager(service.context.nats.connection)
  const stored = await manager.streams.getMessage(Streams.imports.name, {
    seq: queued.sequence,
  })
  const reader = createMessageReader<ImportReceived>(ImportReceivedSchema)
  const redelivered = reader.read(
    Subjects.importReceived,
    stored?.data ?? new Uint8Array(),
  )
  expect(redelivered).toEqual(queued.message)

  await handler().handle(redelivered, { attempt: 2 })
}

function handler() {
  const { database, importFiles, jetstream, logger } = service.context
  return validationHandler({
    database,
    importFiles,
    jetstream,
    logger,
    storedProblemLimit: 1000,
  })
}

async function streamSubjects(): Promise<Record<string, number>> {
  const manager = await jetstreamManager(service.context.nats.connection)
  const info = await manager.streams.info(Streams.imports.name, { subjects_filter: ">" })
  return { ...info.state.subjects }
}

describe("the validation consumer", () => {
  test("announces a validated import again under the same id when it is redelivered", async () => {
    const queued = await receive(await writeZip(workspace(), tinyBundle()))
    const { importId } = queued
    const before = await settled(importId)
    const stored = await streamSubjects()

    await redeliver(queued)

    expect(await settled(importId)).toEqual(before)
    expect(before).toEqual({
      status: "validated",
      reason: null,
      timeline: ["received", "validating", "validated"],
    })
    const validated = { subject: "imports.validated", messageId: `${importId}:validated` }
    expect(await announcedAbout(importId)).toEqual([validated, validated])
    expect(await streamSubjects()).toEqual(stored)
  })

  test("announces a rejected import's outcome again under the same id when it is redelivered", async () => {
    const queued = await receive(await BrokenBundles.missingFile(workspace()))
    const { importId } = queued
    const before = await settled(importId)
    const stored = await streamSubjects()

    await redeliver(queued)

    expect(await settled(importId)).toEqual(before)
    expect(before).toMatchObject({
      status: "rejected",
      timeline: ["received", "validating", "rejected"],
    })
    const rejected = {
      subject: "imports.outcome.rejected",
      messageId: `${importId}:outcome:rejected`,
    }
    expect(await announcedAbout(importId)).toEqual([rejected, rejected])
    expect(await streamSubjects()).toEqual(stored)
  })

  test("announces nothing for a dry run, on its delivery or a redelivery", async () => {
    const checked = await receive(await writeZip(workspace(), tinyBundle()), true)
    const rejected = await receive(await BrokenBundles.missingFile(workspace()), true)

    const outcomes = [await settled(checked.importId), await settled(rejected.importId)]
    await redeliver(checked)
    await redeliver(rejected)

    expect(outcomes.map((outcome) => outcome.timeline)).toEqual([
      ["received", "validating", "checked"],
      ["received", "validating", "rejected"],
    ])
    expect([await settled(checked.importId), await settled(rejected.importId)]).toEqual(
      outcomes,
    )
    expect(await announcedAbout(checked.importId)).toEqual([])
    expect(await announcedAbout(rejected.importId)).toEqual([])
  })

  test("gives up on a bundle it cannot read: the import fails with its reason, announced", async () => {
    const { importId } = await receive(null)

    const failed = await settled(importId)

    expect(failed).toEqual({
      status: "failed",
      reason: "The bundle could not be validated because of an internal error.",
      timeline: ["received", "validating", "failed"],
    })
    expect(await announcedAbout(importId)).toEqual([
      { subject: "imports.outcome.failed", messageId: `${importId}:outcome:failed` },
    ])
  })

  test("gives up on a dry run it cannot read: the import fails, announced to nobody", async () => {
    const { importId } = await receive(null, true)

    const failed = await settled(importId)

    expect(failed).toEqual({
      status: "failed",
      reason: "The bundle could not be validated because of an internal error.",
      timeline: ["received", "validating", "failed"],
    })
    expect(await announcedAbout(importId)).toEqual([])
  })
})
