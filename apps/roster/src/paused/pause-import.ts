import type { ChangeSummary } from "@homeroom/contracts"
import { transitionImport } from "@homeroom/records"
import type { RosterTransaction } from "../db/roster-transaction.js"
import { queueOutcome } from "../outbox/queue-outcome.js"
import { withContributingSchools } from "../thresholds/contributing-schools.js"
import type { ReachedFigure } from "../thresholds/evaluate-thresholds.js"
import { keepChangeSet } from "./change-set.js"

/** What pausing an import records. */
export interface PauseFacts {
  readonly changes: ChangeSummary
  readonly reached: readonly ReachedFigure[]
  /** The district's last applied import, the roster the changes were compared with. */
  readonly comparedWithImportId: string | null
  /** Set when an approval found the roster moved and thresholds reached again. */
  readonly reason: string | null
}

/**
 * Pauses a compared import instead of applying it: its change set is kept for review,
 * the thresholds reached are recorded with the schools behind them, any earlier
 * decision is cleared (a new one is needed), and `imports.outcome.paused` is queued.
 * Nothing of the roster changes.
 */
export async function pauseImport(
  transaction: RosterTransaction,
  scope: { districtId: string; importId: string },
  facts: PauseFacts,
) {
  const { records, sql } = transaction
  await keepChangeSet(sql, { ...scope, comparedWithImportId: facts.comparedWithImportId })
  const thresholdsReached = await withContributingSchools(sql, scope, facts.reached)

  await transitionImport(records, scope.importId, "paused", {
    changes: facts.changes,
    thresholdsReached,
    decision: null,
    decidedBy: null,
    decidedAt: null,
    reason: facts.reason,
  })
  await queueOutcome(sql, scope, "paused", await pausesOf(sql, scope.importId))
}

/** How many times the import has paused, this time included. */
async function pausesOf(sql: RosterTransaction["sql"], importId: string) {
  const [row] = await sql<{ pauses: number }[]>`
    select count(*)::int as pauses from import_transitions
    where import_id = ${importId} and status = 'paused'`
  return row?.pauses ?? 1
}
