import { defineErrors } from "@homeroom/service-kit"

/** Errors of the validation service. */
export const ValidationErrors = defineErrors("HR_VALIDATION", {
  BUNDLE_NOT_STORED: {
    statusCode: 500,
    message: (objectName: string) =>
      `The bundle ${objectName} is not in the import files store.`,
  },
  IMPORT_NOT_FOUND: {
    statusCode: 500,
    message: (importId: string) => `No import has the id ${importId}.`,
  },
})
