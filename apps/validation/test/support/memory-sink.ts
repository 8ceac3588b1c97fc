import { Writable } from "node:stream"
import type { RosterEntity } from "@homeroom/contracts"
import type { NormalisedSink } from "../../src/bundle/index.js"

/** Keeps the normalised files in memory, as text. */
export class MemorySink implements NormalisedSink {
  private readonly chunks = new Map<RosterEntity, string[]>()

  open(entity: RosterEntity): Writable {
    const chunks: string[] = []
    this.chunks.set(entity, chunks)

    return new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk.toString("utf8"))
        callback()
      },
    })
  }

  /** The text written for one kind of record; undefined if never opened. */
  text(entity: RosterEntity): string | undefined {
    return this.chunks.get(entity)?.join("")
  }

  /** Which kinds of record were opened. */
  opened(): RosterEntity[] {
    return [...this.chunks.keys()]
  }
}
