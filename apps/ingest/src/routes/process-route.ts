import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox"
import { administratorOf, findImport, readImport } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import Type from "typebox"
import { IngestErrors } from "../errors.js"
import { type IngestDependencies, queueImport } from "../imports/receive-bundle.js"
import type { ReceivedFacts } from "../imports/received-message.js"
import { isImportId } from "./import-path.js"
import { ErrorSchema, ImportViewSchema } from "./import-schemas.js"

const schema = {
  summary:
    "Queue a received import for validation, in a district that processes on request",
  params: Type.Object({ id: Type.String() }),
  response: {
    202: ImportViewSchema,
    401: ErrorSchema,
    403: ErrorSchema,
    404: ErrorSchema,
    409: ErrorSchema,
    503: ErrorSchema,
  },
}

type ImportRow = NonNullable<Awaited<ReturnType<typeof readImport>>>

/**
 * `POST /v1/imports/{id}/process`: publishes the import's `imports.received` message,
 * as ingest does on arrival for a district that processes imports on arrival.
 */
export function processRoute(
  dependencies: IngestDependencies,
): FastifyPluginAsyncTypebox {
  const { database } = dependencies

  return async (app) => {
    app.post("/v1/imports/:id/process", { schema }, async (request, reply) => {
      const { districtId, tokenId } = administratorOf(request)
      const { id } = request.params
      const row = await waitingImport(database, districtId, id)

      // Two requests in quick succession both find the import received and both
      // publish; the message id is derived from the import, so JetStream stores it once
      // (within the stream's duplicate window) and validation sees one message.
      await queueImport(dependencies, receivedFacts(row))
      request.log.info(
        { importId: id, districtId, tokenId },
        "import processing requested",
      )

      const queued = await findImport(database, districtId, id)
      if (!queued) throw IngestErrors.IMPORT_NOT_FOUND(id)
      return reply.code(202).send(queued)
    })
  }
}

/** The district's import, which must still be `received`. */
async function waitingImport(
  database: Database,
  districtId: string,
  importId: string,
): Promise<ImportRow> {
  const row = isImportId(importId) ? await readImport(database, importId) : null
  if (!row || row.districtId !== districtId) {
    throw IngestErrors.IMPORT_NOT_FOUND(importId)
  }
  if (row.status !== "received") {
    throw IngestErrors.IMPORT_NOT_RECEIVED(importId, row.status)
  }
  return row
}

function receivedFacts(row: ImportRow): ReceivedFacts {
  return {
    importId: row.id,
    districtId: row.districtId,
    source: row.source,
    fileName: row.fileName,
    bundle: { objectName: row.objectName, sizeBytes: row.sizeBytes, sha256: row.sha256 },
    dryRun: row.dryRun,
  }
}
