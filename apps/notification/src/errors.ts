import { defineErrors } from "@homeroom/service-kit"

/**
 * Errors of the notification service. None reaches an HTTP caller: they travel in logs
 * (under `err`, with their code) and decide whether an outcome is retried.
 */
export const NotificationErrors = defineErrors("HR_NOTIFY", {
  IMPORT_NOT_FOUND: {
    statusCode: 404,
    message: (importId: string) =>
      `Import ${importId} is not recorded, so no email can describe it.`,
  },
  DISTRICT_MISMATCH: {
    statusCode: 409,
    message: (importId: string, districtId: string) =>
      `Import ${importId} does not belong to district ${districtId}, as its outcome says.`,
  },
  NO_RECIPIENTS: {
    statusCode: 422,
    message: (districtId: string) =>
      `District ${districtId} has no notification recipients; the email was skipped.`,
  },
  SEND_FAILED: {
    statusCode: 502,
    message: (detail: string) => `The SMTP server did not take the email: ${detail}`,
  },
  CLAIM_CONTENDED: {
    statusCode: 503,
    message: (email: string) => `${email} changed hands while it was being claimed.`,
  },
  DELIVERY_UNCERTAIN: {
    statusCode: 500,
    message: (email: string, claimedAt: string) =>
      `${email} was claimed at ${claimedAt} and never confirmed sent; it may or may ` +
      "not have left, so it is not sent again.",
  },
  NOT_SENT: {
    statusCode: 502,
    message: (importId: string, outcome: string, attempts: number) =>
      `The emails about the ${outcome} outcome of import ${importId} were not all ` +
      `sent after ${attempts} attempts.`,
  },
})
