import { defineErrors } from "@homeroom/service-kit"

/** Errors of the roster service. */
export const RosterErrors = defineErrors("HR_ROSTER", {
  NOT_FOUND: {
    statusCode: 404,
    message: (kind: string, sourcedId: string) =>
      `No ${kind} with sourcedId "${sourcedId}" exists in this district.`,
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
