import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox"
import { administratorOf, readImportSettings } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import { ErrorSchema } from "./import-schemas.js"
import { SavedSettingsSchema } from "./settings-schemas.js"

const schema = {
  summary: "The district's import settings: processing, recipients and thresholds",
  response: { 200: SavedSettingsSchema, 401: ErrorSchema, 403: ErrorSchema },
}

/**
 * `GET /v1/settings`: a district that never saved its settings reads the defaults, with
 * `updatedAt` and `updatedBy` null.
 */
export function settingsRoute(database: Database): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get("/v1/settings", { schema }, async (request) => {
      const { districtId } = administratorOf(request)

      return readImportSettings(database, districtId)
    })
  }
}
