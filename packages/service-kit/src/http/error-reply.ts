import { STATUS_CODES } from "node:http"
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify"
import { KitErrors } from "../errors/kit-errors.js"
import { ServiceError } from "../errors/service-error.js"

/** The body of every error answer: what a front end shows and branches on. */
export interface ErrorBody {
  readonly statusCode: number
  readonly code: string
  readonly error: string
  readonly message: string
}

/** Builds the answer body for a status, code and message. */
export function errorBody(statusCode: number, code: string, message: string): ErrorBody {
  return { statusCode, code, error: STATUS_CODES[statusCode] ?? "Error", message }
}

/**
 * Turns whatever a route threw into the platform's error answer. Catalogue errors keep
 * their code and message; Fastify's own 4xx errors (bad JSON, schema failures, body too
 * large) keep their status under a kit code; anything else is a 500 that hides its
 * details from the caller and logs them instead. 4xx is logged at info, 5xx at error.
 */
export function replyWithError(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const known = toServiceError(error)

  if (known.statusCode >= 500) {
    request.log.error({ err: error }, "request failed")
  } else {
    request.log.info(
      { code: known.code, statusCode: known.statusCode },
      "request refused",
    )
  }

  return reply
    .code(known.statusCode)
    .type("application/json; charset=utf-8")
    .send(errorBody(known.statusCode, known.code, known.message))
}

function toServiceError(error: FastifyError | Error): ServiceError {
  if (error instanceof ServiceError) return error

  const statusCode = "statusCode" in error ? error.statusCode : undefined
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
    const code =
      "code" in error && typeof error.code === "string" ? error.code : "REQUEST"
    return "validation" in error
      ? new ServiceError(
          KitErrors.REQUEST_INVALID.code,
          statusCode,
          validationMessage(error),
        )
      : new ServiceError(`HR_KIT_${code}`, statusCode, error.message)
  }
  return KitErrors.INTERNAL()
}

/**
 * Fastify's message for a schema failure, with the name of an unknown field added:
 * "body/thresholds/0 must NOT have additional properties" alone does not say which.
 */
function validationMessage(error: FastifyError): string {
  const [first] = error.validation ?? []
  const unknown =
    first?.keyword === "additionalProperties" && first.params["additionalProperty"]
  return typeof unknown === "string" ? `${error.message} ("${unknown}")` : error.message
}
