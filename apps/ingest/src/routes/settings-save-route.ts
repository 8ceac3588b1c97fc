import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox"
import { ImportSettingsSchema } from "@homeroom/contracts"
import { administratorOf, saveImportSettings } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import type { FastifyRequest } from "fastify"
import { ErrorSchema } from "./import-schemas.js"
import { checkSettingsRules } from "./settings-rules.js"
import { SavedSettingsSchema } from "./settings-schemas.js"

const schema = {
  summary: "Replace the district's import settings with a full set",
  body: ImportSettingsSchema,
  response: {
    200: SavedSettingsSchema,
    400: ErrorSchema,
    401: ErrorSchema,
    403: ErrorSchema,
  },
}

/**
 * `PUT /v1/settings`: the body replaces every setting, so a threshold left out is
 * removed. The version saved is kept in the history with the token that saved it.
 */
export function settingsSaveRoute(database: Database): FastifyPluginAsyncTypebox {
  return async (app) => {
    // Checked before the body, so a reader is refused as a reader whatever it sends.
    const onlyAdministrators = async (request: FastifyRequest) => {
      administratorOf(request)
    }

    app.put(
      "/v1/settings",
      { schema, preValidation: onlyAdministrators },
      async (request) => {
        const { districtId, tokenId } = administratorOf(request)
        checkSettingsRules(request.body)

        const saved = await saveImportSettings(
          database,
          districtId,
          request.body,
          tokenId,
        )
        request.log.info(
          {
            districtId,
            tokenId,
            processing: saved.processing,
            thresholds: saved.thresholds.length,
          },
          "import settings saved",
        )
        return saved
      },
    )
  }
}
