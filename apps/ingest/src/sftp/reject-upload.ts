import { createHash, randomUUID } from "node:crypto"
import { createReadStream } from "node:fs"
import { Readable } from "node:stream"
import { importOutcomeSubject, ObjectNames, type Problem } from "@homeroom/contracts"
import { createImport, replaceProblems, transitionImport } from "@homeroom/records"
import {
  importOutcomeMessage,
  publishMessage,
  type ServiceError,
} from "@homeroom/service-kit"
import type { IngestDependencies } from "../imports/receive-bundle.js"
import { removeBundle, type StoredBundle, storeBundle } from "../imports/store-bundle.js"
import type { CompletedFile } from "./completed-file.js"

/** An import recorded as rejected by ingest itself. */
export interface RejectedImport {
  readonly id: string
  readonly status: "rejected"
}

/**
 * Records a file that cannot be a bundle as a rejected import, without queueing it for
 * validation: the file is stored like any bundle (so an operator can look at what the
 * SIS sent), the import is recorded with the problem as its reason, and the rejection
 * is announced so the district's administrators are told.
 */
export async function rejectUpload(
  dependencies: IngestDependencies,
  file: CompletedFile,
  problem: ServiceError,
): Promise<RejectedImport> {
  const importId = randomUUID()
  const bundle = await storeFile(dependencies, ObjectNames.bundle(importId), file)
  await recordRejection(dependencies, { importId, file, bundle, problem })

  await announceRejection(dependencies, importId, file.districtId)
  return { id: importId, status: "rejected" }
}

interface Rejection {
  readonly importId: string
  readonly file: CompletedFile
  readonly bundle: StoredBundle
  readonly problem: ServiceError
}

async function recordRejection(dependencies: IngestDependencies, rejection: Rejection) {
  const { importId, file, bundle } = rejection
  try {
    await createImport(dependencies.database, {
      id: importId,
      districtId: file.districtId,
      source: "sftp",
      fileName: file.fileName,
      ...bundle,
    })
  } catch (error) {
    await removeBundle(dependencies, bundle.objectName)
    throw error
  }

  try {
    await markRejected(dependencies, importId, rejection.problem)
  } catch (error) {
    await markNotRejected(dependencies, importId)
    throw error
  }
}

async function markRejected(
  dependencies: IngestDependencies,
  importId: string,
  problem: ServiceError,
) {
  const { database } = dependencies
  await replaceProblems(database, importId, [problemOf(problem)])
  const facts = { reason: problem.message, errorCount: 1 }
  await transitionImport(database, importId, "rejected", facts)
}

/**
 * An import recorded but not moved to rejected would stay `received` with nobody
 * working on it, since it was never queued; it is marked failed instead, if the
 * database allows it at all. The SIS is told the upload failed and sends it again.
 */
async function markNotRejected(dependencies: IngestDependencies, importId: string) {
  const reason = "The file could not be checked; the SIS should send it again."
  const { database, logger } = dependencies
  await database
    .transaction((transaction) =>
      transitionImport(transaction, importId, "failed", { reason }),
    )
    .catch((error: unknown) => {
      logger.warn({ err: error, importId }, "import not marked failed")
    })
}

function problemOf(error: ServiceError): Problem {
  return {
    severity: "error",
    code: error.code,
    file: null,
    line: null,
    column: null,
    value: null,
    message: error.message,
  }
}

/**
 * Stores the file as it came. An empty file is stored as an empty object, which the
 * bundle store refuses, because its emptiness is what the administrators are told.
 */
async function storeFile(
  dependencies: IngestDependencies,
  objectName: string,
  file: CompletedFile,
): Promise<StoredBundle> {
  if (file.sizeBytes > 0) {
    return storeBundle(dependencies, objectName, createReadStream(file.path))
  }

  await dependencies.importFiles.put(
    { name: objectName },
    Readable.toWeb(Readable.from([])),
  )
  const sha256 = createHash("sha256").digest("hex")
  return { objectName, sizeBytes: 0, sha256 }
}

/**
 * The rejection is recorded whether or not it can be announced, so a failure to
 * publish is logged rather than thrown: the SIS's upload did arrive.
 */
async function announceRejection(
  dependencies: IngestDependencies,
  importId: string,
  districtId: string,
) {
  const outcome = importOutcomeMessage(importId, districtId, "rejected")
  try {
    await publishMessage(
      dependencies.jetstream,
      importOutcomeSubject("rejected"),
      outcome,
    )
  } catch (error) {
    dependencies.logger.warn({ err: error, importId }, "import rejection not announced")
  }
}
