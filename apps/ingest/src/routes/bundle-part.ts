import type { MultipartFile } from "@fastify/multipart"
import type { FastifyRequest } from "fastify"
import { IngestErrors } from "../errors.js"

/** The multipart field an upload carries its bundle in. */
export const BundleField = "file"

/**
 * The upload's bundle part, its bytes not yet read. Only the first file part is looked
 * at; it must be in the `file` field.
 */
export async function readBundlePart(request: FastifyRequest): Promise<MultipartFile> {
  if (!request.isMultipart()) throw IngestErrors.UPLOAD_NOT_MULTIPART()

  const part = await request.file()
  if (!part) throw IngestErrors.UPLOAD_FILE_MISSING()
  if (part.fieldname !== BundleField) {
    part.file.resume()
    throw IngestErrors.UPLOAD_FILE_MISSING()
  }
  return part
}
