import { type ImportApproved, Subjects } from "@homeroom/contracts"
import type { TransactionSql } from "postgres"

/**
 * Writes an `imports.approved` message to the outbox, in the transaction that records
 * the approval, so an approval is never recorded without the work being queued. The id
 * names the import and the moment of the decision: a later approval of the same import
 * (after a second pause) is a new message, a republished one is not.
 */
export async function queueApproval(
  sql: TransactionSql,
  scope: { districtId: string; importId: string },
  decision: ImportApproved["data"]["decision"],
  decidedAt: Date,
) {
  const message: ImportApproved = {
    type: "import.approved",
    version: 1,
    id: `${scope.importId}:approved:${decidedAt.getTime()}`,
    occurredAt: decidedAt.toISOString(),
    districtId: scope.districtId,
    data: { importId: scope.importId, decision },
  }
  await sql`
    insert into roster_outbox (district_id, subject, message)
    values (${scope.districtId}, ${Subjects.importApproved}, ${JSON.stringify(message)}::json)`
}
