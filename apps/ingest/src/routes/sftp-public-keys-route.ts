import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox"
import { administratorOf, setSftpPublicKeys } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import { normalisePublicKeys } from "../sftp/public-keys.js"
import { credentialsView, type SftpEndpoint } from "../sftp/sftp-endpoint.js"
import { ErrorSchema } from "./import-schemas.js"
import { PublicKeysBodySchema, SftpCredentialsSchema } from "./sftp-schemas.js"

const schema = {
  summary: "Replace the OpenSSH public keys that may sign in to the district's SFTP",
  body: PublicKeysBodySchema,
  response: {
    200: SftpCredentialsSchema,
    400: ErrorSchema,
    401: ErrorSchema,
    403: ErrorSchema,
  },
}

/**
 * `PUT /v1/sftp/credentials/public-keys`: the whole list is replaced, so an empty list
 * removes every key. Each key is checked before any is stored.
 */
export function sftpPublicKeysRoute(
  database: Database,
  endpoint: SftpEndpoint,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.put("/v1/sftp/credentials/public-keys", { schema }, async (request) => {
      const { districtId } = administratorOf(request)
      const publicKeys = normalisePublicKeys(request.body.publicKeys)

      const account = await setSftpPublicKeys(database, districtId, publicKeys)
      return credentialsView(account, endpoint)
    })
  }
}
