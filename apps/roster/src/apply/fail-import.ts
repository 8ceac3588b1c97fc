import { readImport, transitionImport } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import { inTransaction } from "../db/roster-transaction.js"
import { queueOutcome } from "../outbox/queue-outcome.js"
import { forgetChangeSet } from "../paused/change-set.js"

/**
 * Records that the roster gave up on an import: the import moves to `failed` with the
 * reason, any change set kept from a pause is forgotten, and `imports.outcome.failed`
 * is queued in the same transaction. An import already applied or failed, or not of
 * the message's district, is left as it is. Returns whether the import moved.
 */
export async function failImport(
  database: Database,
  target: { districtId: string; importId: string },
  reason: string,
): Promise<boolean> {
  const record = await readImport(database, target.importId)
  if (!record || record.districtId !== target.districtId) return false

  const scope = { districtId: record.districtId, importId: record.id }
  return inTransaction(database, async ({ records, sql }) => {
    const moved = await transitionImport(records, scope.importId, "failed", { reason })
    if (!moved) return false

    await forgetChangeSet(sql, scope.importId)
    await queueOutcome(sql, scope, "failed")
    return true
  })
}
