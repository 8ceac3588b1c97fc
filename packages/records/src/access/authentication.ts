import type { Database } from "@homeroom/service-kit"
import type { FastifyInstance, FastifyRequest } from "fastify"
import fastifyPlugin from "fastify-plugin"
import { RecordErrors } from "../errors.js"
import { findPrincipalByDigest } from "./districts.js"
import type { Principal } from "./principal.js"
import { PrincipalCache } from "./principal-cache.js"
import { digestToken } from "./tokens.js"

declare module "fastify" {
  interface FastifyRequest {
    /** The caller, set on every route under `/v1`. */
    principal: Principal | null
  }
}

/** Options of the authentication plugin. */
export interface AuthenticationOptions {
  readonly database: Database
  /** The clock of the principal cache; tests move it forward. */
  readonly now?: () => number
}

/**
 * Authenticates every request under `/v1` by its bearer token. The token alone decides
 * the district, so a route never takes a district from the path or body. What a token
 * stands for is remembered for a few seconds (see `PrincipalCache`).
 */
export const authentication = fastifyPlugin(
  async (app: FastifyInstance, options: AuthenticationOptions) => {
    const cache = new PrincipalCache(options.now)
    app.decorateRequest("principal", null)
    app.addHook("onRequest", async (request) => {
      if (!request.url.startsWith("/v1/")) return
      request.principal = await authenticate(options.database, cache, request)
    })
  },
  { name: "homeroom-authentication" },
)

async function authenticate(
  database: Database,
  cache: PrincipalCache,
  request: FastifyRequest,
): Promise<Principal> {
  const header = request.headers.authorization
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null
  if (!match?.[1]) throw RecordErrors.TOKEN_MISSING()

  const digest = digestToken(match[1])
  let principal = cache.get(digest)
  if (principal === undefined) {
    principal = await findPrincipalByDigest(database, digest)
    cache.set(digest, principal)
  }
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
