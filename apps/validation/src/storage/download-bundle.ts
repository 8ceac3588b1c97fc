import { createWriteStream } from "node:fs"
import { join } from "node:path"
import { pipeline } from "node:stream/promises"
import { readObject } from "@homeroom/service-kit"
import type { ObjectStore } from "@nats-io/obj"
import { ValidationErrors } from "../errors.js"

/**
 * Copies a stored bundle to a scratch file. A zip's directory sits at its end, so the
 * reader needs random access: a file on local disk gives it that without holding the
 * bundle in memory.
 */
export async function downloadBundle(
  store: ObjectStore,
  objectName: string,
  directory: string,
): Promise<string> {
  const source = await readObject(store, objectName)
  if (!source) throw ValidationErrors.BUNDLE_NOT_STORED(objectName)

  const path = join(directory, "bundle.zip")
  await pipeline(source, createWriteStream(path))
  return path
}
