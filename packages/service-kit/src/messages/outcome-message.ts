import type { ImportOutcome, ImportOutcomeStatus } from "@homeroom/contracts"

/**
 * The `imports.outcome.<status>` message of an import. Its id depends only on the import
 * and the status, so announcing the same outcome twice, from any service or any retry,
 * is stored once by JetStream.
 */
export function importOutcomeMessage(
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
