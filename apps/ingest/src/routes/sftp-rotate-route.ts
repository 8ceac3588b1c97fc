import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox"
import { administratorOf, setSftpPassword } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import { generateSftpPassword, hashPassword } from "../sftp/password-hash.js"
import { rotatedPasswordView, type SftpEndpoint } from "../sftp/sftp-endpoint.js"
import { ErrorSchema } from "./import-schemas.js"
import { RotatedPasswordSchema } from "./sftp-schemas.js"

const schema = {
  summary: "Issue a new SFTP password, shown once; the old one stops working",
  response: { 200: RotatedPasswordSchema, 401: ErrorSchema, 403: ErrorSchema },
}

/**
 * `POST /v1/sftp/credentials/rotate`: issues a new password and answers it this once.
 * Only its hash is stored, so a lost password can only be replaced by rotating again.
 */
export function sftpRotateRoute(
  database: Database,
  endpoint: SftpEndpoint,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post("/v1/sftp/credentials/rotate", { schema }, async (request, reply) => {
      const { districtId } = administratorOf(request)
      const password = generateSftpPassword()

      const account = await setSftpPassword(
        database,
        districtId,
        await hashPassword(password),
      )
      request.log.info({ districtId }, "sftp password rotated")
      // The password must not linger in a browser's or proxy's cache.
      reply.header("cache-control", "no-store")
      return rotatedPasswordView(account, endpoint, password)
    })
  }
}
