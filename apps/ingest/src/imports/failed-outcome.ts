import type { ImportOutcome } from "@homeroom/contracts"

/**
 * The `imports.outcome.failed` message of an import ingest gave up on. Its id is derived
 * from the import, so announcing the same failure twice is de-duplicated by the stream.
 */
export function failedOutcome(
  importId: string,
  districtId: string,
  occurredAt: Date,
): ImportOutcome {
  return {
    type: "import.outcome",
    version: 1,
    id: `${importId}:failed`,
    occurredAt: occurredAt.toISOString(),
    districtId,
    data: { importId, status: "failed" },
  }
}
