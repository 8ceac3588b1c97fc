import { createHash } from "node:crypto"
import { Readable } from "node:stream"
import { ImportFilesBucket } from "@homeroom/contracts"
import type { Consumer, JetStreamClient } from "@nats-io/jetstream"
import type { ObjectInfo, ObjectStore } from "@nats-io/obj"

const ChunksPerFetch = 8
const FetchTimeoutMs = 10_000

/**
 * Opens a file of the import files bucket as a stream that reads the file's chunks
 * only as fast as they are consumed, so memory stays flat however slowly Postgres
 * takes them. The Object Store's own `get` pushes every chunk as soon as NATS delivers
 * it, which buffered most of a large file in memory. The chunks are read from the
 * bucket's stream with an ordered consumer, a few at a time, and checked against the
 * file's SHA-256 digest at the end; a mismatch fails the stream. Returns null when the
 * bucket has no such file.
 */
export async function openStoredFile(
  jetstream: JetStreamClient,
  importFiles: ObjectStore,
  name: string,
): Promise<Readable | null> {
  const info = await importFiles.info(name)
  if (!info || info.deleted) return null

  const consumer = await jetstream.consumers.get(`OBJ_${ImportFilesBucket}`, {
    filter_subjects: `$O.${ImportFilesBucket}.C.${info.nuid}`,
  })
  return Readable.from(readChunks(consumer, info), { objectMode: false })
}

async function* readChunks(consumer: Consumer, info: ObjectInfo) {
  const hash = createHash("sha256")
  let received = 0
  try {
    while (received < info.chunks) {
      const wanted = Math.min(ChunksPerFetch, info.chunks - received)
      const batch = await consumer.fetch({
        max_messages: wanted,
        expires: FetchTimeoutMs,
      })
      const before = received
      for await (const message of batch) {
        hash.update(message.data)
        received += 1
        yield message.data
      }
      if (received === before) throw incomplete(info, received)
    }
    checkDigest(info, hash.digest())
  } finally {
    await consumer.delete().catch(() => false)
  }
}

function incomplete(info: ObjectInfo, received: number): Error {
  return new Error(
    `the stored file ${info.name} ended after ${received} of its ${info.chunks} chunks`,
  )
}

/** The digest is `SHA-256=` and the hash in base64 (either alphabet) or hex. */
function checkDigest(info: ObjectInfo, computed: Buffer) {
  const written = info.digest.replace(/^SHA-256=/i, "")
  const expected = /^[0-9a-f]{64}$/i.test(written)
    ? Buffer.from(written, "hex")
    : Buffer.from(written, "base64")
  if (!expected.equals(computed)) {
    throw new Error(`the stored file ${info.name} does not match its digest`)
  }
}
