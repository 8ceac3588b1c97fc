import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox"
import { ImportStatuses } from "@homeroom/contracts"
import { decodeCursor, listImports, principalOf } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import Type from "typebox"
import { IngestErrors } from "../errors.js"
import { isImportId } from "./import-path.js"
import { ErrorSchema, ImportPageSchema } from "./import-schemas.js"

const schema = {
  summary: "The caller's district's imports, newest first, a page at a time",
  querystring: Type.Object({
    status: Type.Optional(Type.Enum(ImportStatuses)),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  }),
  response: { 200: ImportPageSchema, 400: ErrorSchema, 401: ErrorSchema },
}

/** `GET /v1/imports`: any token of the district may list its imports. */
export function listRoute(database: Database): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get("/v1/imports", { schema }, async (request) => {
      const { districtId } = principalOf(request)
      const { status, limit, cursor } = request.query

      return listImports(database, districtId, {
        status,
        limit,
        cursor: cursor === undefined ? undefined : readCursor(cursor),
      })
    })
  }
}

function readCursor(text: string) {
  const cursor = decodeCursor(text)
  // A cursor is opaque to callers, but its id reaches a uuid comparison in Postgres.
  if (!cursor || !isImportId(cursor.id)) throw IngestErrors.CURSOR_INVALID()
  return cursor
}
