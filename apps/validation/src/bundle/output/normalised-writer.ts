import { once } from "node:events"
import { finished } from "node:stream/promises"
import { encodeCopyLine } from "./copy-csv.js"

const flushThreshold = 64 * 1024

/**
 * Writes one normalised file. Rows are gathered into 64 KiB writes; `flush` awaits
 * 'drain' whenever the stream asks to slow down, so a slow destination holds
 * validation back instead of filling memory.
 */
export class NormalisedWriter {
  private buffer = ""
  private failure: unknown

  constructor(
    private readonly stream: NodeJS.WritableStream,
    header: readonly string[],
  ) {
    // Without a listener an 'error' event would crash the process; it is rethrown on
    // the next flush instead.
    stream.on("error", (error: unknown) => {
      this.failure ??= error
    })
    this.buffer = encodeCopyLine(header)
  }

  /** Queues one encoded line. */
  write(line: string): void {
    this.buffer += line
  }

  /** Hands queued rows to the stream once enough have gathered, awaiting 'drain'. */
  async flush(force = false): Promise<void> {
    if (this.failure !== undefined) throw this.failure
    if (this.buffer.length < flushThreshold && !(force && this.buffer.length > 0)) return

    const accepted = this.stream.write(this.buffer)
    this.buffer = ""
    if (!accepted) await once(this.stream, "drain")
  }

  /** Writes what is left and ends the stream, resolving once it has finished. */
  async close(): Promise<void> {
    await this.flush(true)

    this.stream.end()
    await finished(this.stream, { readable: false })
  }

  /** Ends the stream without writing more, after the import was rejected. */
  async abandon(): Promise<void> {
    this.buffer = ""
    this.stream.end()

    // The caller discards a rejected import's files, so a failing stream changes nothing.
    await finished(this.stream, { readable: false }).catch(() => undefined)
  }
}
