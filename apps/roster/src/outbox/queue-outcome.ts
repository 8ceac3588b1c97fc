import { type ImportOutcomeStatus, importOutcomeSubject } from "@homeroom/contracts"
import { importOutcomeMessage } from "@homeroom/service-kit"
import type { TransactionSql } from "postgres"

/**
 * Writes an `imports.outcome.<status>` message to the outbox, in the transaction that
 * moves the import to that status, so each outcome is announced once however often it
 * is published (see `importOutcomeMessage`).
 */
export async function queueOutcome(
  sql: TransactionSql,
  scope: { districtId: string; importId: string },
  status: ImportOutcomeStatus,
  occurrence = 1,
) {
  const message = importOutcomeMessage(
    scope.importId,
    scope.districtId,
    status,
    occurrence,
  )
  await sql`
    insert into roster_outbox (district_id, subject, message)
    values (${scope.districtId}, ${importOutcomeSubject(status)}, ${JSON.stringify(message)}::json)`
}
