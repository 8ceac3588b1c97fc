import {
  type ChangeSummary,
  type ImportDecision,
  type ImportValidated,
  type LogicalFileSummary,
  ObjectNames,
  RosterEntities,
  type RosterEntity,
} from "@homeroom/contracts"
import { readImport, readImportSettings, transitionImport } from "@homeroom/records"
import type { Database, Logger } from "@homeroom/service-kit"
import { inTransaction, type RosterTransaction } from "../db/roster-transaction.js"
import { queueChangeEvents } from "../outbox/queue-change-events.js"
import { queueOutcome } from "../outbox/queue-outcome.js"
import { forgetChangeSet, keptComparison } from "../paused/change-set.js"
import { lastAppliedImport } from "../paused/import-order.js"
import { pauseImport } from "../paused/pause-import.js"
import { supersedeOutOfOrder } from "../paused/supersede-import.js"
import {
  evaluateThresholds,
  type ReachedFigure,
} from "../thresholds/evaluate-thresholds.js"
import {
  type FileDigests,
  forgetAppliedFiles,
  readFileDigests,
  rememberAppliedFiles,
  unchangedEntities,
} from "./applied-files.js"
import { changeTable } from "./change-tables.js"
import { compareEntity, noChanges } from "./compare-entity.js"
import { countChanges } from "./count-changes.js"
import { lockDistrictRoster } from "./district-lock.js"
import { type FileSource, loadNormalisedFile } from "./load-normalised-file.js"
import { PhaseClock } from "./phase-clock.js"
import { rebuildLinks } from "./rebuild-links.js"
import { createStagingTable, stagingTable } from "./staging-tables.js"
import { tuneApplyTransaction } from "./tune-transaction.js"
import { writeChanges } from "./write-changes.js"

/** What applying an import needs. */
export interface ApplyDependencies extends FileSource {
  readonly database: Database
  readonly logger: Logger
  /** Called after a transaction that queued outbox messages has committed. */
  readonly onEventsQueued: () => void
}

/** The import being worked on. */
export interface ApplyScope {
  readonly districtId: string
  readonly importId: string
}

/** How an attempt ended: the import's new status and its compared changes. */
interface ApplyOutcome {
  readonly status: "applied" | "paused" | "superseded"
  readonly changes: ChangeSummary | null
}

/** Why the roster was compared again for an approved import. */
const RosterMovedReason =
  "The roster changed after this import was reviewed; it was compared again and " +
  "reached its district's thresholds, so it waits for a new decision."

/**
 * Compares an import with its district's roster and applies it, all or nothing, unless
 * the district's thresholds pause it or a newer import overtook it. The import moves to
 * `comparing` first, in its own transaction, so the timeline shows it even while a
 * large comparison runs; everything else commits together. `from` is the status the
 * caller's message expects the import in: `validated` for a new import, `paused` (with
 * an approval recorded) for an approved one. A redelivered message finds the import
 * past both and does nothing; one delivered while an earlier attempt died midway finds
 * it still `comparing` and starts over from the untouched roster.
 */
export async function applyImport(
  dependencies: ApplyDependencies,
  scope: ApplyScope,
  from: "validated" | "paused",
): Promise<void> {
  const log = dependencies.logger.child({ ...scope })
  if (!(await startComparing(dependencies.database, scope, from))) {
    log.info("import already past comparison, nothing to do")
    return
  }

  const phases = new PhaseClock()
  const outcome = await inTransaction(dependencies.database, (transaction) =>
    applyInTransaction(dependencies, transaction, scope, phases),
  )
  if (!outcome) {
    log.info("import handled by another attempt, nothing to do")
    return
  }
  dependencies.onEventsQueued()
  const facts = { changes: outcome.changes, phasesMs: phases.finish("committed") }
  log.info(facts, OutcomeMessages[outcome.status])
}

const OutcomeMessages = {
  applied: "import applied",
  paused: "import paused",
  superseded: "import superseded",
} as const satisfies Record<ApplyOutcome["status"], string>

/**
 * Moves the import to `comparing` if it is where the message expects it, or already
 * there after an interrupted attempt. In a transaction, so the import's row stays
 * locked from reading its status to recording the move.
 */
async function startComparing(
  database: Database,
  scope: ApplyScope,
  from: "validated" | "paused",
): Promise<boolean> {
  return database.transaction(async (transaction) => {
    const record = await readImport(transaction, scope.importId)
    if (!record || record.districtId !== scope.districtId) return false
    if (record.status === "comparing") return true
    if (record.status !== from) return false
    if (from === "paused" && !isApproval(record.decision)) return false

    const reason = from === "paused" ? approvalReason(record.decision) : undefined
    return transitionImport(transaction, scope.importId, "comparing", { reason })
  })
}

async function applyInTransaction(
  dependencies: ApplyDependencies,
  transaction: RosterTransaction,
  scope: ApplyScope,
  phases: PhaseClock,
): Promise<ApplyOutcome | null> {
  const { sql, records } = transaction
  await lockDistrictRoster(sql, scope.districtId)
  const record = await readImport(records, scope.importId)
  if (record?.status !== "comparing") return null
  if (await supersedeOutOfOrder(transaction, scope)) {
    return { status: "superseded", changes: null }
  }
  await tuneApplyTransaction(sql)
  phases.mark("locked")

  const digests = await compareWithRoster(dependencies, transaction, scope, phases)
  const decision = isApproval(record.decision) ? record.decision : null
  const review = await reviewComparison(transaction, scope, {
    decision,
    logicalFiles: record.logicalFiles ?? [],
  })
  if (review.reached.length > 0) {
    await pauseImport(transaction, scope, {
      changes: review.changes,
      reached: review.reached,
      comparedWithImportId: review.comparedWith,
      reason: decision ? RosterMovedReason : null,
    })
    return { status: "paused", changes: review.changes }
  }

  await applyCompared(transaction, scope, review.changes, phases)
  if (decision === "approveWithoutRemovals") {
    await forgetAppliedFiles(sql, scope.districtId)
  } else {
    await rememberAppliedFiles(sql, scope, digests)
  }
  return { status: "applied", changes: review.changes }
}

/** What a comparison comes to: its changes and the thresholds that hold it back. */
interface ComparisonReview {
  readonly changes: ChangeSummary
  readonly reached: ReachedFigure[]
  /** The district's last applied import, the roster the comparison ran against. */
  readonly comparedWith: string | null
}

/**
 * Settles the compared changes and checks them against the district's thresholds. An
 * approval drops the kept change set (and, without removals, the removals) and
 * applies the changes as reviewed, unless the roster moved since the review: then the
 * new comparison faces the thresholds again.
 */
async function reviewComparison(
  transaction: RosterTransaction,
  scope: ApplyScope,
  context: {
    decision: "approve" | "approveWithoutRemovals" | null
    logicalFiles: LogicalFileSummary[]
  },
): Promise<ComparisonReview> {
  const { sql } = transaction
  const comparedWith = await lastAppliedImport(sql, scope.districtId)
  const review = context.decision ? await keptComparison(sql, scope.importId) : undefined
  if (context.decision) await forgetChangeSet(sql, scope.importId)
  if (context.decision === "approveWithoutRemovals") await keepRemovedRecords(transaction)
  const changes = await countChanges(sql, scope.districtId)

  const reviewedAsIs = context.decision && review?.comparedWithImportId === comparedWith
  const reached = reviewedAsIs
    ? []
    : await reachedThresholds(transaction, scope, changes, context.logicalFiles)
  return { changes, reached, comparedWith }
}

/**
 * Stages the files and compares them with the roster; changes nothing yet. A file
 * identical to the one the roster was last built from gets an empty staging table and
 * no changes, without being read. Returns the files' digests.
 */
async function compareWithRoster(
  dependencies: ApplyDependencies,
  { sql }: RosterTransaction,
  scope: ApplyScope,
  phases: PhaseClock,
): Promise<FileDigests> {
  const digests = await readFileDigests(dependencies, scope.importId)
  const unchanged = await unchangedEntities(sql, scope.districtId, digests)
  for (const entity of RosterEntities) {
    await createStagingTable(sql, entity)
    if (!unchanged.has(entity)) await stageFile(dependencies, sql, scope, entity)
  }
  phases.mark("staged")

  for (const entity of RosterEntities) {
    if (unchanged.has(entity)) await noChanges(sql, entity, scope.districtId)
    else await compareEntity(sql, entity, scope.districtId)
  }
  phases.mark("compared")
  return digests
}

async function reachedThresholds(
  { records }: RosterTransaction,
  scope: ApplyScope,
  changes: ChangeSummary,
  logicalFiles: LogicalFileSummary[],
): Promise<ReachedFigure[]> {
  const settings = await readImportSettings(records, scope.districtId)
  return evaluateThresholds(settings.thresholds, { changes, logicalFiles })
}

/** Drops the removals from the compared changes: those records stay as they are. */
async function keepRemovedRecords({ sql }: RosterTransaction) {
  for (const entity of RosterEntities) {
    await sql.unsafe(`delete from ${changeTable(entity)} where change = 'removed'`)
  }
}

/** Writes the compared changes, queues their events and marks the import applied. */
async function applyCompared(
  transaction: RosterTransaction,
  scope: ApplyScope,
  changes: ChangeSummary,
  phases: PhaseClock,
) {
  const { sql, records } = transaction
  await transitionImport(records, scope.importId, "applying")
  await applyChanges(transaction, scope)
  phases.mark("applied")

  await queueEvents(transaction, scope)
  await transitionImport(records, scope.importId, "applied", {
    changes,
    thresholdsReached: [],
  })
  await queueOutcome(sql, scope, "applied")
  phases.mark("queued")
}

async function stageFile(
  dependencies: ApplyDependencies,
  sql: RosterTransaction["sql"],
  scope: ApplyScope,
  entity: RosterEntity,
) {
  const objectName = ObjectNames.normalised(scope.importId, entity)
  await loadNormalisedFile(sql, dependencies, entity, objectName)
  await sql.unsafe(`analyze ${stagingTable(entity)}`)
}

async function applyChanges({ sql }: RosterTransaction, scope: ApplyScope) {
  for (const entity of RosterEntities) {
    await writeChanges(sql, entity, scope.districtId, scope.importId)
    await rebuildLinks(sql, entity, scope.districtId)
  }
}

/**
 * Creations and updates are announced parents first (orgs before users before
 * enrollments), removals children first, so a subscriber that keeps references
 * never sees a record point at one it does not know.
 */
async function queueEvents({ sql }: RosterTransaction, scope: ApplyScope) {
  for (const entity of RosterEntities) {
    await queueChangeEvents(sql, entity, ["created", "updated"], scope)
  }
  for (const entity of [...RosterEntities].reverse()) {
    await queueChangeEvents(sql, entity, ["removed"], scope)
  }
}

function isApproval(
  decision: ImportDecision | null,
): decision is "approve" | "approveWithoutRemovals" {
  return decision === "approve" || decision === "approveWithoutRemovals"
}

function approvalReason(decision: ImportDecision | null): string {
  return decision === "approveWithoutRemovals"
    ? "Approved without removals by an administrator."
    : "Approved by an administrator."
}

/** Applies the import an `imports.validated` message announces. */
export function applyValidatedImport(
  dependencies: ApplyDependencies,
  message: ImportValidated,
): Promise<void> {
  const scope = { districtId: message.districtId, importId: message.data.importId }
  return applyImport(dependencies, scope, "validated")
}
