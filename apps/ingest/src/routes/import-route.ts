import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox"
import { findImport, principalOf } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import Type from "typebox"
import { IngestErrors } from "../errors.js"
import { isImportId } from "./import-path.js"
import { ErrorSchema, ImportViewSchema } from "./import-schemas.js"

const schema = {
  summary: "One import of the caller's district, with its timeline",
  params: Type.Object({ id: Type.String() }),
  response: { 200: ImportViewSchema, 401: ErrorSchema, 404: ErrorSchema },
}

/** `GET /v1/imports/{id}`: any token of the district may read its imports. */
export function importRoute(database: Database): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get("/v1/imports/:id", { schema }, async (request) => {
      const { districtId } = principalOf(request)
      const { id } = request.params

      const found = isImportId(id) ? await findImport(database, districtId, id) : null
      if (!found) throw IngestErrors.IMPORT_NOT_FOUND(id)
      return found
    })
  }
}
