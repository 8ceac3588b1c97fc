import type { ImportDecision, ImportStatus } from "@homeroom/contracts"
import { transitionImport } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import { inTransaction, type RosterTransaction } from "../db/roster-transaction.js"
import { RosterErrors } from "../errors.js"
import { queueApproval } from "../outbox/queue-approval.js"
import { queueOutcome } from "../outbox/queue-outcome.js"
import { forgetChangeSet } from "./change-set.js"

/** Who decides on which import, and how. */
export interface ImportDecisionRequest {
  readonly districtId: string
  readonly importId: string
  readonly decision: ImportDecision
  /** The administrator's token. */
  readonly tokenId: string
}

const CancelledReason = "Cancelled by an administrator; nothing was changed."

/**
 * Records an administrator's decision on a paused import. Cancelling ends the import
 * at once and forgets its change set. Approving records the decision and queues
 * `imports.approved`; the import stays `paused` until the roster service takes it up.
 * The import's row is locked first, so two decisions never both pass the checks.
 */
export async function decideImport(
  database: Database,
  request: ImportDecisionRequest,
): Promise<void> {
  await inTransaction(database, async (transaction) => {
    await checkDecidable(transaction, request)

    const decidedAt = new Date()
    const facts = { decision: request.decision, decidedBy: request.tokenId, decidedAt }
    if (request.decision === "cancel") {
      await cancel(transaction, request, facts)
    } else {
      await transitionImport(transaction.records, request.importId, "paused", facts)
      await queueApproval(transaction.sql, request, request.decision, decidedAt)
    }
  })
}

async function checkDecidable(
  { sql }: RosterTransaction,
  request: ImportDecisionRequest,
) {
  const [row] = await sql<{ status: ImportStatus; decision: ImportDecision | null }[]>`
    select status, decision from imports
    where id = ${request.importId} and district_id = ${request.districtId}
    for update`
  if (!row) throw RosterErrors.IMPORT_NOT_FOUND(request.importId)
  if (row.status !== "paused") throw RosterErrors.IMPORT_NOT_PAUSED(row.status)
  if (row.decision !== null) throw RosterErrors.DECISION_PENDING(row.decision)
}

async function cancel(
  { records, sql }: RosterTransaction,
  request: ImportDecisionRequest,
  facts: { decision: ImportDecision; decidedBy: string; decidedAt: Date },
) {
  await transitionImport(records, request.importId, "cancelled", {
    ...facts,
    reason: CancelledReason,
  })
  await forgetChangeSet(sql, request.importId)
  await queueOutcome(sql, request, "cancelled")
}
