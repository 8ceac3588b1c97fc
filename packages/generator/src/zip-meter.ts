import { createHash } from "node:crypto"
import { Transform } from "node:stream"

/** A pass-through stream that measures what goes through it. */
export interface ZipMeter {
  readonly stream: Transform
  /** Bytes passed so far. */
  bytes(): number
  /** SHA-256 of everything passed, hex; call once the stream has ended. */
  sha256(): string
}

/** Counts and hashes the zip on its way out, so no second read of it is needed. */
export function createZipMeter(): ZipMeter {
  const hash = createHash("sha256")
  let bytes = 0
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      bytes += chunk.length
      done(null, chunk)
    },
  })

  return { stream, bytes: () => bytes, sha256: () => hash.digest("hex") }
}
