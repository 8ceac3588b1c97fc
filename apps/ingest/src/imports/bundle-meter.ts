import { createHash } from "node:crypto"
import { Transform, type TransformCallback } from "node:stream"
import { IngestErrors } from "../errors.js"

/**
 * Counts and hashes a bundle's bytes as they stream past, and fails the stream as soon
 * as it grows beyond `maxBytes`, so the limit holds without buffering the upload.
 */
export class BundleMeter extends Transform {
  sizeBytes = 0
  exceeded = false
  readonly #maxBytes: number
  readonly #hash = createHash("sha256")

  constructor(maxBytes: number) {
    super()
    this.#maxBytes = maxBytes
  }

  override _transform(chunk: Buffer, _encoding: string, callback: TransformCallback) {
    this.sizeBytes += chunk.length
    if (this.sizeBytes > this.#maxBytes) {
      this.exceeded = true
      callback(IngestErrors.UPLOAD_TOO_LARGE(this.#maxBytes))
      return
    }

    this.#hash.update(chunk)
    callback(null, chunk)
  }

  /** The SHA-256 of every byte that passed, in hex; call once the stream has ended. */
  sha256(): string {
    return this.#hash.digest("hex")
  }
}
