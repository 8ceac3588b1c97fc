import type { ImportOutcome, ImportOutcomeStatus } from "@homeroom/contracts"

/**
 * The `imports.outcome.<status>` message of an import that ended in ingest: a bundle it
 * could not queue, or a file it turned away. The id is the one every service gives this
 * outcome, so announcing it twice, from here or elsewhere, is stored once.
 */
export function outcomeMessage(
  importId: string,
  districtId: string,
  status: ImportOutcomeStatus,
): ImportOutcome {
  return {
    type: "import.outcome",
    version: 1,
    id: `${importId}:outcome:${status}`,
    occurredAt: new Date().toISOString(),
    districtId,
    data: { importId, status },
  }
}
