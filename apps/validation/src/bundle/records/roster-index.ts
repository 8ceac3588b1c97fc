import type { OneRosterFileName } from "@homeroom/contracts"
import { ClassTeaching } from "./class-teaching.js"
import { ParentLinks } from "./parent-links.js"
import { RecordIndex } from "./record-index.js"

/**
 * Everything validation remembers across files: for each file read, the sourcedIds
 * its rows used, to find duplicates and to resolve references into it; the parents
 * waiting rows name, to find loops; and what the enrollments say about each class.
 */
export class RosterIndex {
  private readonly indexes = new Map<OneRosterFileName, RecordIndex>()
  private readonly links = new Map<OneRosterFileName, ParentLinks>()
  readonly teaching = new ClassTeaching()

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

  /** Forgets a file, so references into it are kept as given, as if it were absent. */
  forget(file: OneRosterFileName): void {
    this.indexes.delete(file)
  }

  /** The parents named by a file's waiting rows, created on first use. */
  parentLinks(file: OneRosterFileName): ParentLinks {
    let links = this.links.get(file)
    if (links === undefined) {
      links = new ParentLinks()
      this.links.set(file, links)
    }

    return links
  }
}
