import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox"
import { administratorOf, listImportSettingsChanges } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import Type from "typebox"
import { ErrorSchema } from "./import-schemas.js"
import { SettingsHistorySchema } from "./settings-schemas.js"

const schema = {
  summary: "The saved versions of the district's import settings, newest first",
  querystring: Type.Object({
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  }),
  response: {
    200: SettingsHistorySchema,
    400: ErrorSchema,
    401: ErrorSchema,
    403: ErrorSchema,
  },
}

/** `GET /v1/settings/history`: who changed the settings, when, and to what. */
export function settingsHistoryRoute(database: Database): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get("/v1/settings/history", { schema }, async (request) => {
      const { districtId } = administratorOf(request)

      const items = await listImportSettingsChanges(
        database,
        districtId,
        request.query.limit,
      )
      return { items }
    })
  }
}
