import { ObjectNames, type RosterEntity } from "@homeroom/contracts"
import { type ObjectWriter, writeObject } from "@homeroom/service-kit"
import type { ObjectStore } from "@nats-io/obj"

/**
 * Streams the normalised files into the import files store as validation writes them,
 * one object per kind of record, so no file is ever held whole in memory.
 */
export class NormalisedStore {
  readonly #store: ObjectStore
  readonly #importId: string
  readonly #writers = new Map<RosterEntity, ObjectWriter>()

  constructor(store: ObjectStore, importId: string) {
    this.#store = store
    this.#importId = importId
  }

  /** The stream one kind of record's normalised file is written to. */
  open(entity: RosterEntity) {
    const writer = writeObject(this.#store, this.objectName(entity))
    this.#writers.set(entity, writer)
    return writer.stream
  }

  /** The object name of a kind of record's normalised file. */
  objectName(entity: RosterEntity): string {
    return ObjectNames.normalised(this.#importId, entity)
  }

  /** Ends every stream still open and waits until every object is stored. */
  async finish(): Promise<void> {
    for (const writer of this.#writers.values()) {
      if (!writer.stream.writableEnded) writer.stream.end()
    }
    await Promise.all([...this.#writers.values()].map((writer) => writer.stored))
  }

  /** Abandons the files of a rejected or failed validation and removes what was stored. */
  async discard(): Promise<void> {
    for (const writer of this.#writers.values()) writer.stream.destroy()
    await Promise.allSettled([...this.#writers.values()].map((writer) => writer.stored))
    await Promise.allSettled(
      [...this.#writers.keys()].map((entity) =>
        this.#store.delete(this.objectName(entity)),
      ),
    )
  }
}
