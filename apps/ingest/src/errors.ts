import { defineErrors } from "@homeroom/service-kit"

/** Errors the ingest service answers with; codes never change meaning. */
export const IngestErrors = defineErrors("HR_INGEST", {
  UPLOAD_NOT_MULTIPART: {
    statusCode: 415,
    message: () =>
      "Send the bundle as multipart/form-data, with the zip in a field named `file`.",
  },
  UPLOAD_FILE_MISSING: {
    statusCode: 400,
    message: () => "The request has no file in a field named `file`; send the zip there.",
  },
  UPLOAD_EMPTY: {
    statusCode: 400,
    message: () => "The uploaded file is empty; send the bundle's zip.",
  },
  UPLOAD_TOO_LARGE: {
    statusCode: 413,
    message: (maxBytes: number) =>
      `The bundle is larger than the ${maxBytes} bytes this service accepts.`,
  },
  UPLOAD_INTERRUPTED: {
    statusCode: 400,
    message: () => "The upload ended before the file was complete; send it again.",
  },
  STORAGE_UNAVAILABLE: {
    statusCode: 503,
    message: () => "The bundle could not be stored just now; send it again shortly.",
  },
  QUEUE_UNAVAILABLE: {
    statusCode: 503,
    message: (importId: string) =>
      `Import ${importId} could not be queued for validation and was marked failed; ` +
      "send the bundle again shortly.",
  },
  IMPORT_NOT_FOUND: {
    statusCode: 404,
    message: (importId: string) => `This district has no import ${importId}.`,
  },
  SFTP_PUBLIC_KEY_INVALID: {
    statusCode: 400,
    message: (position: number, problem: string) =>
      `Public key ${position} cannot be used: ${problem}.`,
  },
  // The two below are recorded as the problem of an import rejected on arrival by
  // SFTP, where the administrators read them; HTTP uploads never answer with them.
  SFTP_FILE_EMPTY: {
    statusCode: 400,
    message: (path: string) =>
      `The file ${path} is empty; the SIS must send the OneRoster bundle as a zip.`,
  },
  SFTP_FILE_NOT_A_ZIP: {
    statusCode: 400,
    message: (path: string) =>
      `The file ${path} is not a zip archive; the SIS must send the OneRoster bundle ` +
      "as a zip.",
  },
  CURSOR_INVALID: {
    statusCode: 400,
    message: () =>
      "The cursor is not one this service gave out; list again without a cursor.",
  },
  IMPORT_NOT_RECEIVED: {
    statusCode: 409,
    message: (importId: string, status: string) =>
      `Import ${importId} is ${status}; only a received import waits to be processed.`,
  },
  THRESHOLD_LIMIT_MISSING: {
    statusCode: 400,
    message: (path: string) =>
      `${path} has neither a count nor a percent; give it at least one, or it is ` +
      "never reached.",
  },
  THRESHOLD_FLOOR_WITHOUT_PERCENT: {
    statusCode: 400,
    message: (path: string) =>
      `${path} is set without a percent; a floor only limits a percentage, so add a ` +
      "percent or remove the floor.",
  },
  THRESHOLD_DUPLICATE: {
    statusCode: 400,
    message: (path: string, firstPath: string, kind: string, measure: string) =>
      `${path} repeats ${firstPath} (${kind}, ${measure}); keep one threshold per kind ` +
      "and measure.",
  },
  RECIPIENT_DUPLICATE: {
    statusCode: 400,
    message: (path: string, firstPath: string) =>
      `${path} repeats ${firstPath} (addresses are compared ignoring case); list each ` +
      "address once.",
  },
})
