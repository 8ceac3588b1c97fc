import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox"
import { administratorOf, ensureSftpAccount } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import { credentialsView, type SftpEndpoint } from "../sftp/sftp-endpoint.js"
import { ErrorSchema } from "./import-schemas.js"
import { SftpCredentialsSchema } from "./sftp-schemas.js"

const schema = {
  summary: "The district's SFTP settings; the username is created on first call",
  response: { 200: SftpCredentialsSchema, 401: ErrorSchema, 403: ErrorSchema },
}

/**
 * `GET /v1/sftp/credentials`: what an administrator copies into the SIS. A password is
 * never shown here; a rotation issues one.
 */
export function sftpCredentialsRoute(
  database: Database,
  endpoint: SftpEndpoint,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get("/v1/sftp/credentials", { schema }, async (request) => {
      const { districtId } = administratorOf(request)

      const account = await ensureSftpAccount(database, districtId)
      return credentialsView(account, endpoint)
    })
  }
}
