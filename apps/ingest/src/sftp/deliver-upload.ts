import { createReadStream } from "node:fs"
import { IngestErrors } from "../errors.js"
import { type IngestDependencies, receiveBundle } from "../imports/receive-bundle.js"
import { type CompletedFile, shownPath } from "./completed-file.js"
import { rejectUpload } from "./reject-upload.js"
import { startsLikeZip } from "./zip-signature.js"

/** The import a completed file became. */
export interface DeliveredUpload {
  readonly importId: string
  readonly status: "received" | "rejected"
}

/**
 * Turns a completed SFTP file into an import: a zip goes through `receiveBundle`
 * exactly as an HTTP upload does; anything else is recorded as rejected at once, with
 * the reason, and never reaches validation.
 */
export async function deliverUpload(
  dependencies: IngestDependencies,
  file: CompletedFile,
): Promise<DeliveredUpload> {
  const problem = await problemWith(file)
  if (problem) {
    const rejected = await rejectUpload(dependencies, file, problem)
    return { importId: rejected.id, status: rejected.status }
  }

  const received = await receiveBundle(dependencies, {
    districtId: file.districtId,
    source: "sftp",
    fileName: file.fileName,
    stream: createReadStream(file.path),
  })
  return { importId: received.id, status: received.status }
}

/** Why a file cannot be a bundle at all, or null when it starts like a zip. */
async function problemWith(file: CompletedFile) {
  if (file.sizeBytes === 0) return IngestErrors.SFTP_FILE_EMPTY(shownPath(file))
  if (await startsLikeZip(file.path)) return null
  return IngestErrors.SFTP_FILE_NOT_A_ZIP(shownPath(file))
}
