import { defineErrors } from "@homeroom/service-kit"

/** Errors of the platform's shared records: access and imports. */
export const RecordErrors = defineErrors("HR_AUTH", {
  TOKEN_MISSING: {
    statusCode: 401,
    message: () => "Send an API token as `Authorization: Bearer <token>`.",
  },
  TOKEN_INVALID: {
    statusCode: 401,
    message: () => "The API token is unknown or has been revoked.",
  },
  ADMINISTRATOR_REQUIRED: {
    statusCode: 403,
    message: () => "This action needs an administrator token; this token may only read.",
  },
})
