import type { ImportReceived, ImportSource } from "@homeroom/contracts"
import type { StoredBundle } from "./store-bundle.js"

/** What the `imports.received` message says about an import. */
export interface ReceivedFacts {
  readonly importId: string
  readonly districtId: string
  readonly source: ImportSource
  readonly fileName: string
  readonly bundle: StoredBundle
  readonly dryRun: boolean
}

/**
 * The `imports.received` message of an import. Its id is derived from the import, so a
 * repeated publish of the same import is de-duplicated by the stream.
 */
export function receivedMessage(facts: ReceivedFacts, occurredAt: Date): ImportReceived {
  return {
    type: "import.received",
    version: 1,
    id: `${facts.importId}:received`,
    occurredAt: occurredAt.toISOString(),
    districtId: facts.districtId,
    data: {
      importId: facts.importId,
      source: facts.source,
      fileName: facts.fileName,
      bundle: {
        objectName: facts.bundle.objectName,
        sizeBytes: facts.bundle.sizeBytes,
        sha256: facts.bundle.sha256,
      },
      dryRun: facts.dryRun,
    },
  }
}
