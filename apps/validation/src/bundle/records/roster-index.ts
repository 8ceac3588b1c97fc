import type { OneRosterFileName } from "@homeroom/contracts"
import { RecordIndex } from "./record-index.js"

/**
 * Everything validation remembers across files: for each file read, the sourcedIds
 * its rows used, to find duplicates and to resolve references into it.
 */
export class RosterIndex {
  private readonly indexes = new Map<OneRosterFileName, RecordIndex>()

  /** The index of a file about to be read, created on first use. */
  prepare(file: OneRosterFileName): RecordIndex {
    const existing = this.indexes.get(file)
    if (existing !== undefined) return existing

    const index = new RecordIndex()
    this.indexes.set(file, index)
    return index
  }

  /** The index of a file; undefined when the bundle has no such file. */
  indexOf(file: OneRosterFileName): RecordIndex | undefined {
    return this.indexes.get(file)
  }
}
