import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox"
import { ChangeKinds, ImportDecisions, RecordKinds } from "@homeroom/contracts"
import { administratorOf, findImport, principalOf } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import { eq } from "drizzle-orm"
import Type from "typebox"
import { pausedImports } from "../db/schema/import-changes.js"
import { RosterErrors } from "../errors.js"
import { decideImport } from "../paused/decide-import.js"
import { listChanges } from "../paused/list-changes.js"

/** What the review routes need. */
export interface ImportReviewOptions {
  readonly database: Database
  /** Wakes the outbox publisher after a decision queued a message. */
  readonly onEventsQueued: () => void
}

const ImportParams = Type.Object({ id: Type.String({ format: "uuid" }) })

const ChangeQuery = Type.Object(
  {
    kind: Type.Optional(Type.Enum(RecordKinds)),
    change: Type.Optional(Type.Enum(ChangeKinds)),
    school: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
)

const DecisionBody = Type.Object(
  { decision: Type.Enum(ImportDecisions) },
  { additionalProperties: false },
)

const DefaultLimit = 100

/**
 * `GET /v1/imports/{id}/changes`: a paused import's change set, record by record.
 * `POST /v1/imports/{id}/decision`: an administrator approves (with or without the
 * removals) or cancels a paused import; the answer is the import as it now stands.
 */
export const importReviewRoutes: FastifyPluginAsyncTypebox<ImportReviewOptions> = async (
  app,
  { database, onEventsQueued },
) => {
  app.get(
    "/v1/imports/:id/changes",
    { schema: { params: ImportParams, querystring: ChangeQuery } },
    async (request) => {
      const { districtId } = principalOf(request)
      const importId = request.params.id
      await requireChangeSet(database, districtId, importId)
      return listChanges(database, importId, {
        ...request.query,
        limit: request.query.limit ?? DefaultLimit,
      })
    },
  )

  app.post(
    "/v1/imports/:id/decision",
    { schema: { params: ImportParams, body: DecisionBody } },
    async (request, reply) => {
      const { districtId, tokenId } = administratorOf(request)
      const importId = request.params.id
      const { decision } = request.body
      await decideImport(database, { districtId, importId, decision, tokenId })
      onEventsQueued()

      const view = await findImport(database, districtId, importId)
      return reply.code(decision === "cancel" ? 200 : 202).send(view)
    },
  )
}

async function requireChangeSet(
  database: Database,
  districtId: string,
  importId: string,
) {
  const view = await findImport(database, districtId, importId)
  if (!view) throw RosterErrors.IMPORT_NOT_FOUND(importId)

  const [kept] = await database
    .select({ importId: pausedImports.importId })
    .from(pausedImports)
    .where(eq(pausedImports.importId, importId))
  if (!kept) throw RosterErrors.CHANGE_SET_UNAVAILABLE(view.status)
}
