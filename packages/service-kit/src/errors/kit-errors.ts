import { defineErrors } from "./service-error.js"

/** Errors raised by the service kit itself. */
export const KitErrors = defineErrors("HR_KIT", {
  CONFIG_INVALID: {
    statusCode: 500,
    message: (problems: string[]) =>
      `The service configuration is invalid:\n${problems.map((line) => `  - ${line}`).join("\n")}`,
  },
  ROUTE_NOT_FOUND: {
    statusCode: 404,
    message: (method: string, url: string) => `No route answers ${method} ${url}.`,
  },
  REQUEST_INVALID: {
    statusCode: 400,
    message: (detail: string) => `The request is invalid: ${detail}`,
  },
  INTERNAL: {
    statusCode: 500,
    message: () => "Something went wrong on our side. The error has been logged.",
  },
  SHUTTING_DOWN: {
    statusCode: 503,
    message: () => "The service is shutting down; retry on another instance.",
  },
  MESSAGE_INVALID: {
    statusCode: 400,
    message: (subject: string, detail: string) =>
      `A message on ${subject} does not match its schema: ${detail}`,
  },
})
