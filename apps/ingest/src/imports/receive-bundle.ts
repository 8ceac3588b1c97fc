import { randomUUID } from "node:crypto"
import type { Readable } from "node:stream"
import {
  type ImportSource,
  importOutcomeSubject,
  ObjectNames,
  Subjects,
} from "@homeroom/contracts"
import { createImport, readImportSettings, transitionImport } from "@homeroom/records"
import {
  type Database,
  importOutcomeMessage,
  publishMessage,
} from "@homeroom/service-kit"
import type { JetStreamClient } from "@nats-io/jetstream"
import { IngestErrors } from "../errors.js"
import { type ReceivedFacts, receivedMessage } from "./received-message.js"
import { type BundleStorage, removeBundle, storeBundle } from "./store-bundle.js"

/** What receiving a bundle needs: storage, the records and the message stream. */
export interface IngestDependencies extends BundleStorage {
  readonly database: Database
  readonly jetstream: JetStreamClient
}

/** A bundle arriving from an administrator, over HTTP or SFTP. */
export interface IncomingBundle {
  /** The district the sender's credentials belong to. */
  readonly districtId: string
  readonly source: ImportSource
  /** The file's name as the sender gave it. */
  readonly fileName: string
  /** The bundle's bytes as they arrive; read once, never buffered whole. */
  readonly stream: Readable
  /** Validate and report only: never compared, applied or emailed. */
  readonly dryRun?: boolean
}

/** The answer to whoever sent a bundle. */
export interface ReceivedImport {
  readonly id: string
  readonly status: "received"
}

const NotQueuedReason =
  "The import could not be queued for validation; send the bundle again."

/**
 * Receives a bundle from any source: stores it, records the import and queues it for
 * validation, in that order. Recording comes before publishing so validation never
 * hears of an import that does not exist; when publishing fails the import is marked
 * failed, so it is never left as `received` with nobody working on it. A district that
 * processes imports only on request keeps the import `received` until an administrator
 * asks; a dry run is always checked at once.
 */
export async function receiveBundle(
  dependencies: IngestDependencies,
  incoming: IncomingBundle,
): Promise<ReceivedImport> {
  const importId = randomUUID()
  const objectName = ObjectNames.bundle(importId)
  const bundle = await storeBundle(dependencies, objectName, incoming.stream)

  const { districtId, source, fileName } = incoming
  const dryRun = incoming.dryRun ?? false
  const facts: ReceivedFacts = { importId, districtId, source, fileName, bundle, dryRun }
  await recordImport(dependencies, facts)

  const queued = dryRun || (await processesOnArrival(dependencies, districtId))
  if (queued) await queueImport(dependencies, facts)
  dependencies.logger.info(
    { importId, districtId, source, dryRun, queued, ...bundle },
    "import received",
  )
  return { id: importId, status: "received" }
}

async function processesOnArrival(
  dependencies: IngestDependencies,
  districtId: string,
): Promise<boolean> {
  const settings = await readImportSettings(dependencies.database, districtId)
  return settings.processing === "onArrival"
}

async function recordImport(dependencies: IngestDependencies, facts: ReceivedFacts) {
  try {
    await createImport(dependencies.database, {
      id: facts.importId,
      districtId: facts.districtId,
      source: facts.source,
      fileName: facts.fileName,
      dryRun: facts.dryRun,
      ...facts.bundle,
    })
  } catch (error) {
    await removeBundle(dependencies, facts.bundle.objectName)
    throw error
  }
}

/** Queues a recorded import for validation; on arrival, or when an administrator asks. */
export async function queueImport(
  dependencies: IngestDependencies,
  facts: ReceivedFacts,
) {
  const message = receivedMessage(facts, new Date())
  try {
    await publishMessage(dependencies.jetstream, Subjects.importReceived, message)
  } catch (error) {
    dependencies.logger.error(
      { err: error, importId: facts.importId },
      "import not queued",
    )
    await markNotQueued(dependencies, facts)
    throw IngestErrors.QUEUE_UNAVAILABLE(facts.importId)
  }
}

/**
 * Marks the import failed and tries to announce it, so that an administrator who sent
 * it by SFTP, and sees no answer, still hears of it. The announcement goes to the same
 * NATS that just refused a message, so its failure is only logged.
 */
async function markNotQueued(dependencies: IngestDependencies, facts: ReceivedFacts) {
  const { database, jetstream, logger } = dependencies
  const moved = await database.transaction((transaction) =>
    transitionImport(transaction, facts.importId, "failed", { reason: NotQueuedReason }),
  )
  if (!moved) return

  const outcome = importOutcomeMessage(facts.importId, facts.districtId, "failed")
  await publishMessage(jetstream, importOutcomeSubject("failed"), outcome).catch(
    (error: unknown) => {
      logger.warn(
        { err: error, importId: facts.importId },
        "import failure not announced",
      )
    },
  )
}
