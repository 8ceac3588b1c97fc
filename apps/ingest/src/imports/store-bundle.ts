import { pipeline, Readable } from "node:stream"
import type { Logger } from "@homeroom/service-kit"
import type { ObjectStore } from "@nats-io/obj"
import { IngestErrors } from "../errors.js"
import { BundleMeter } from "./bundle-meter.js"

/** Where bundles go, and how large one may be. */
export interface BundleStorage {
  readonly importFiles: ObjectStore
  readonly logger: Logger
  /** Largest bundle accepted, in bytes. */
  readonly maxUploadBytes: number
}

/** A bundle as stored: its object's name, its size and its SHA-256 in hex. */
export interface StoredBundle {
  readonly objectName: string
  readonly sizeBytes: number
  readonly sha256: string
}

/**
 * Streams a bundle into the import files bucket, counting and hashing it on the way, so
 * an upload is never held in memory. When it fails, nothing is left in the bucket.
 */
export async function storeBundle(
  storage: BundleStorage,
  objectName: string,
  source: Readable,
): Promise<StoredBundle> {
  const meter = new BundleMeter(storage.maxUploadBytes)
  const upload = { broken: false }
  source.once("error", () => {
    upload.broken = true
  })
  // Failures are read from the meter and the source below; the callback only keeps
  // pipeline from reporting them a second time.
  const measured = pipeline(source, meter, () => {})

  try {
    await storage.importFiles.put({ name: objectName }, Readable.toWeb(measured))
  } catch (error) {
    measured.destroy()
    await removeBundle(storage, objectName)
    throw storingError(storage, meter, upload.broken, error)
  }

  if (meter.sizeBytes === 0) {
    await removeBundle(storage, objectName)
    throw IngestErrors.UPLOAD_EMPTY()
  }
  return { objectName, sizeBytes: meter.sizeBytes, sha256: meter.sha256() }
}

/**
 * Removes a bundle that will not be imported. The Object Store purges the chunks of a
 * failed put itself; deleting as well covers an object whose metadata was written. A
 * failure here is logged, not thrown, so the caller still learns the first cause.
 */
export async function removeBundle(storage: BundleStorage, objectName: string) {
  try {
    await storage.importFiles.delete(objectName)
  } catch (error) {
    storage.logger.warn({ err: error, objectName }, "bundle not removed")
  }
}

function storingError(
  storage: BundleStorage,
  meter: BundleMeter,
  uploadBroken: boolean,
  cause: unknown,
) {
  if (meter.exceeded) return IngestErrors.UPLOAD_TOO_LARGE(storage.maxUploadBytes)
  if (uploadBroken) return IngestErrors.UPLOAD_INTERRUPTED()

  storage.logger.error({ err: cause }, "bundle not stored")
  return IngestErrors.STORAGE_UNAVAILABLE()
}
