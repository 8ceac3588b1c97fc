import { PassThrough, Readable, type Writable } from "node:stream"
import type { ObjectInfo, ObjectStore } from "@nats-io/obj"

/**
 * Opens an object of the store as a Node stream. The store reports a broken transfer
 * only after the last chunk, through a separate promise; that error is raised on the
 * stream so a consumer that pipes it sees the failure instead of a short file.
 */
export async function readObject(
  store: ObjectStore,
  name: string,
): Promise<Readable | null> {
  const result = await store.get(name)
  if (!result) return null

  const output = new PassThrough()
  const input = Readable.fromWeb(result.data as import("node:stream/web").ReadableStream)
  input.on("error", (error) => output.destroy(error))
  input.on("end", () => {
    result.error.then(
      (error) => (error ? output.destroy(error) : output.end()),
      (error: unknown) => output.destroy(error as Error),
    )
  })
  input.pipe(output, { end: false })
  return output
}

/** A stream being written into the store, and the promise of its stored info. */
export interface ObjectWriter {
  readonly stream: Writable
  readonly stored: Promise<ObjectInfo>
}

/**
 * Starts writing an object: bytes written to `stream` flow into the store with
 * backpressure, and `stored` resolves once the object is complete (after `end()`).
 */
export function writeObject(store: ObjectStore, name: string): ObjectWriter {
  const stream = new PassThrough({ highWaterMark: 1024 * 1024 })
  const web = Readable.toWeb(stream) as ReadableStream<Uint8Array>
  const stored = store.put({ name }, web)
  stored.catch((error: unknown) => stream.destroy(error as Error))
  return { stream, stored }
}
