import type { ImportStatus } from "@homeroom/contracts"
import type { ImportView } from "@homeroom/records"
import { waitFor } from "@homeroom/testing"

// Every status an import can rest in; only `applied` lets a scenario go on.
const SettledStatuses: readonly ImportStatus[] = [
  "applied",
  "rejected",
  "failed",
  "paused",
  "cancelled",
  "superseded",
]

/** Polls the import until it settles, and fails unless it was applied. */
export async function waitForAppliedImport(
  ingestUrl: string,
  token: string,
  importId: string,
  timeoutMs: number,
): Promise<ImportView> {
  const settled = await waitFor(
    async () => {
      const response = await fetch(`${ingestUrl}/v1/imports/${importId}`, {
        headers: { authorization: `Bearer ${token}` },
      })
      const view = (await response.json()) as ImportView
      return SettledStatuses.includes(view.status) ? view : null
    },
    { timeoutMs, intervalMs: 250, what: `import ${importId} to settle` },
  )
  if (settled.status !== "applied") {
    throw new Error(`import ${importId} ended ${settled.status}: ${settled.reason ?? ""}`)
  }
  return settled
}
