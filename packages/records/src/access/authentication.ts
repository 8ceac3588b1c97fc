import type { Database } from "@homeroom/service-kit"
import type { FastifyInstance, FastifyRequest } from "fastify"
import fastifyPlugin from "fastify-plugin"
import { RecordErrors } from "../errors.js"
import { findPrincipal } from "./districts.js"
import type { Principal } from "./principal.js"

declare module "fastify" {
  interface FastifyRequest {
    /** The caller, set on every route under `/v1`. */
    principal: Principal | null
  }
}

/**
 * Authenticates every request under `/v1` by its bearer token. The token alone decides
 * the district, so a route never takes a district from the path or body.
 */
export const authentication = fastifyPlugin(
  async (app: FastifyInstance, options: { database: Database }) => {
    app.decorateRequest("principal", null)
    app.addHook("onRequest", async (request) => {
      if (!request.url.startsWith("/v1/")) return
      request.principal = await authenticate(options.database, request)
    })
  },
  { name: "homeroom-authentication" },
)

async function authenticate(
  database: Database,
  request: FastifyRequest,
): Promise<Principal> {
  const header = request.headers.authorization
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null
  if (!match?.[1]) throw RecordErrors.TOKEN_MISSING()

  const principal = await findPrincipal(database, match[1])
  if (!principal) throw RecordErrors.TOKEN_INVALID()
  return principal
}

/** The caller of a `/v1` route. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw RecordErrors.TOKEN_MISSING()
  return request.principal
}

/** The caller, who must hold an administrator token. */
export function administratorOf(request: FastifyRequest): Principal {
  const principal = principalOf(request)
  if (principal.role !== "administrator") throw RecordErrors.ADMINISTRATOR_REQUIRED()
  return principal
}
