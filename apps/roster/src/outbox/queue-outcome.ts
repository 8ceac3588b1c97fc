import {
  type ImportOutcome,
  type ImportOutcomeStatus,
  importOutcomeSubject,
} from "@homeroom/contracts"
import type { TransactionSql } from "postgres"

/**
 * Writes an `imports.outcome.<status>` message to the outbox, in the transaction that
 * moves the import to that status. Its id names the import, the status and, from the
 * second time on, which time the import reached it, so each outcome is announced once
 * however often it is published.
 */
export async function queueOutcome(
  sql: TransactionSql,
  scope: { districtId: string; importId: string },
  status: ImportOutcomeStatus,
  occurrence = 1,
) {
  const again = occurrence > 1
  const message: ImportOutcome = {
    type: "import.outcome",
    version: 1,
    id: `${scope.importId}:outcome:${status}${again ? `:${occurrence}` : ""}`,
    occurredAt: new Date().toISOString(),
    districtId: scope.districtId,
    data: { importId: scope.importId, status, ...(again ? { occurrence } : {}) },
  }
  await sql`
    insert into roster_outbox (district_id, subject, message)
    values (${scope.districtId}, ${importOutcomeSubject(status)}, ${JSON.stringify(message)}::json)`
}
