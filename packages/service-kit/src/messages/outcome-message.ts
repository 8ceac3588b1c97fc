import type { ImportOutcome, ImportOutcomeStatus } from "@homeroom/contracts"

/**
 * The `imports.outcome.<status>` message of an import. Its id depends only on the import,
 * the status and, from the second time on, which time the import reached it (an approved
 * import can pause again), so announcing the same outcome twice, from any service or any
 * retry, is stored once by JetStream.
 */
export function importOutcomeMessage(
  importId: string,
  districtId: string,
  status: ImportOutcomeStatus,
  occurrence = 1,
): ImportOutcome {
  const again = occurrence > 1
  return {
    type: "import.outcome",
    version: 1,
    id: `${importId}:outcome:${status}${again ? `:${occurrence}` : ""}`,
    occurredAt: new Date().toISOString(),
    districtId,
    data: { importId, status, ...(again ? { occurrence } : {}) },
  }
}
