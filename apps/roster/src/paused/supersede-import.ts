import { transitionImport } from "@homeroom/records"
import type { RosterTransaction } from "../db/roster-transaction.js"
import { queueOutcome } from "../outbox/queue-outcome.js"
import { forgetChangeSet } from "./change-set.js"
import { newerImportApplied, olderPausedImports } from "./import-order.js"

/** Why an import overtaken by a newer one was not applied. */
export const OvertakenReason =
  "A newer import of this district was applied first, so this older one was not applied."

/** Why a paused import was dropped for a newer one. */
export const SupersededReason =
  "A newer import of this district reached comparison, so this paused one was dropped."

/**
 * Keeps the district's imports in the order they were received, under the district's
 * lock: an import older than one already applied is superseded itself (returns true),
 * and otherwise every paused import older than it is superseded, with its change set.
 */
export async function supersedeOutOfOrder(
  transaction: RosterTransaction,
  scope: { districtId: string; importId: string },
): Promise<boolean> {
  const { sql } = transaction
  if (await newerImportApplied(sql, scope)) {
    await supersede(transaction, scope, OvertakenReason)
    return true
  }

  for (const importId of await olderPausedImports(sql, scope)) {
    await supersede(transaction, { ...scope, importId }, SupersededReason)
  }
  return false
}

async function supersede(
  { records, sql }: RosterTransaction,
  scope: { districtId: string; importId: string },
  reason: string,
) {
  if (!(await transitionImport(records, scope.importId, "superseded", { reason }))) return
  await forgetChangeSet(sql, scope.importId)
  await queueOutcome(sql, scope, "superseded")
}
