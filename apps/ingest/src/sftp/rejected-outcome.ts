import type { ImportOutcome } from "@homeroom/contracts"

/**
 * The `imports.outcome.rejected` message of a file ingest turned away itself. Its id is
 * derived from the import, so announcing it twice is de-duplicated by the stream.
 */
export function rejectedOutcome(
  importId: string,
  districtId: string,
  occurredAt: Date,
): ImportOutcome {
  return {
    type: "import.outcome",
    version: 1,
    id: `${importId}:rejected`,
    occurredAt: occurredAt.toISOString(),
    districtId,
    data: { importId, status: "rejected" },
  }
}
