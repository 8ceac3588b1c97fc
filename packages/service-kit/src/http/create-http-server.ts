import { randomUUID } from "node:crypto"
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify"
import { KitErrors } from "../errors/kit-errors.js"
import type { Logger } from "../logger.js"
import { errorBody, replyWithError } from "./error-reply.js"
import { healthRoutes } from "./health-routes.js"
import type { ReadinessCheck } from "./readiness.js"

/** Options of {@link createHttpServer}. */
export interface HttpServerOptions {
  readonly logger: Logger
  readonly checks: readonly ReadinessCheck[]
  /** Largest request body accepted outside of streamed uploads, in bytes. */
  readonly bodyLimit?: number
}

/**
 * A Fastify instance with the platform's policies: request ids from `x-request-id` or
 * fresh, one error answer shape, unknown fields refused, health routes, and refusal of
 * new requests once shutdown has begun.
 */
export function createHttpServer(options: HttpServerOptions): FastifyInstance {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    genReqId: (request) =>
      headerRequestId(request.headers["x-request-id"]) ?? randomUUID(),
    requestIdHeader: false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    return503OnClosing: true,
    forceCloseConnections: "idle",
    // Fastify's default strips properties a schema does not list; a misspelt field
    // (`flor` for `floor`) must be refused with its name instead of silently lost.
    ajv: { customOptions: { removeAdditional: false } },
  })

  app.setErrorHandler(replyWithError)
  app.setNotFoundHandler((request, reply) => {
    const error = KitErrors.ROUTE_NOT_FOUND(
      request.method,
      request.url.split("?")[0] ?? "",
    )
    return reply.code(404).send(errorBody(404, error.code, error.message))
  })
  app.register(healthRoutes, { checks: options.checks })

  return app
}

function headerRequestId(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value
  return text && /^[\w.-]{1,100}$/.test(text) ? text : undefined
}
