import { defineErrors } from "@homeroom/service-kit"

/** Errors of the roster service. */
export const RosterErrors = defineErrors("HR_ROSTER", {
  NOT_FOUND: {
    statusCode: 404,
    message: (kind: string, sourcedId: string) =>
      `No ${kind} with sourcedId "${sourcedId}" exists in this district.`,
  },
  IMPORT_NOT_FOUND: {
    statusCode: 404,
    message: (importId: string) =>
      `No import with id "${importId}" exists in this district.`,
  },
  IMPORT_NOT_PAUSED: {
    statusCode: 409,
    message: (status: string) =>
      `Only a paused import can be decided on; this import is ${status}.`,
  },
  DECISION_PENDING: {
    statusCode: 409,
    message: (decision: string) =>
      `This import was already decided on (${decision}) and is being applied.`,
  },
  CHANGE_SET_UNAVAILABLE: {
    statusCode: 409,
    message: (status: string) =>
      `The change set is kept only while an import is paused; this import is ${status}.`,
  },
  CURSOR_INVALID: {
    statusCode: 400,
    message: () =>
      "The cursor is not one this API gave out; start again without a cursor.",
  },
  NORMALISED_FILE_MISSING: {
    statusCode: 500,
    message: (entity: string, objectName: string) =>
      `The normalised ${entity} file (${objectName}) is missing from the import files bucket.`,
  },
  APPLY_FAILED: {
    statusCode: 500,
    message: (attempts: number) =>
      `The roster could not apply this import after ${attempts} attempts; nothing was changed.`,
  },
})
