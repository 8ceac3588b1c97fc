import type { Writable } from "node:stream"
import type { RosterEntity } from "@homeroom/contracts"

/**
 * Where the normalised files go: one stream per kind of record, opened when that file
 * is read. Each stream opened is ended by validation, also when the import is
 * rejected; the files of a rejected import are incomplete and must be discarded.
 */
export interface NormalisedSink {
  open(entity: RosterEntity): NodeJS.WritableStream | Writable
}
