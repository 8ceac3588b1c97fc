import {
  type ChangeSummary,
  type ImportValidated,
  RosterEntities,
} from "@homeroom/contracts"
import { readImport, transitionImport } from "@homeroom/records"
import type { Database, Logger } from "@homeroom/service-kit"
import { inTransaction, type RosterTransaction } from "../db/roster-transaction.js"
import { queueChangeEvents } from "../outbox/queue-change-events.js"
import { queueOutcome } from "../outbox/queue-outcome.js"
import { compareEntity } from "./compare-entity.js"
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

interface ApplyScope {
  readonly districtId: string
  readonly importId: string
  readonly files: ImportValidated["data"]["normalisedFiles"]
}

/**
 * Applies a validated import to its district's roster, all or nothing. The import moves
 * to `comparing` first, in its own transaction, so the timeline shows it even while a
 * large comparison runs; everything else (comparison, `applying`, the changes, the
 * events, `applied`) commits together. A redelivered message finds the import past
 * `comparing` and does nothing; one delivered while an earlier attempt died midway
 * finds it still `comparing` and starts over from the untouched roster.
 */
export async function applyValidatedImport(
  dependencies: ApplyDependencies,
  message: ImportValidated,
): Promise<void> {
  const scope = await scopeOf(dependencies, message)
  if (!scope) return
  const log = dependencies.logger.child({
    importId: scope.importId,
    districtId: scope.districtId,
  })

  // In a transaction, so the import's row stays locked from reading its status to
  // recording the move: two deliveries at once would otherwise both record `comparing`.
  const started = await dependencies.database.transaction((transaction) =>
    transitionImport(transaction, scope.importId, "comparing"),
  )
  if (!started) {
    log.info("import already past comparison, nothing to do")
    return
  }

  const phases = new PhaseClock()
  const changes = await inTransaction(dependencies.database, (transaction) =>
    applyInTransaction(dependencies, transaction, scope, phases),
  )
  if (!changes) {
    log.info("import applied by another attempt, nothing to do")
    return
  }
  dependencies.onEventsQueued()
  log.info({ changes, phasesMs: phases.finish("committed") }, "import applied")
}

async function scopeOf(
  dependencies: ApplyDependencies,
  message: ImportValidated,
): Promise<ApplyScope | null> {
  const record = await readImport(dependencies.database, message.data.importId)
  if (!record || record.districtId !== message.districtId) {
    dependencies.logger.error(
      { importId: message.data.importId, districtId: message.districtId },
      "validated import unknown in its district, message dropped",
    )
    return null
  }
  return {
    districtId: record.districtId,
    importId: record.id,
    files: message.data.normalisedFiles,
  }
}

async function applyInTransaction(
  dependencies: ApplyDependencies,
  transaction: RosterTransaction,
  scope: ApplyScope,
  phases: PhaseClock,
): Promise<ChangeSummary | null> {
  const { sql, records } = transaction
  await lockDistrictRoster(sql, scope.districtId)
  if (!(await transitionImport(records, scope.importId, "comparing"))) return null
  await tuneApplyTransaction(sql)
  phases.mark("locked")

  const changes = await compareWithRoster(dependencies, transaction, scope, phases)
  await applyCompared(transaction, scope, changes, phases)
  return changes
}

/** Stages the files and compares them with the roster; changes nothing yet. */
async function compareWithRoster(
  dependencies: ApplyDependencies,
  transaction: RosterTransaction,
  scope: ApplyScope,
  phases: PhaseClock,
): Promise<ChangeSummary> {
  await stageFiles(dependencies, transaction, scope)
  phases.mark("staged")

  for (const entity of RosterEntities) {
    await compareEntity(transaction.sql, entity, scope.districtId)
  }
  const changes = await countChanges(transaction.sql, scope.districtId)
  phases.mark("compared")
  return changes
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
  await transitionImport(records, scope.importId, "applied", { changes })
  await queueOutcome(sql, scope, "applied")
  phases.mark("queued")
}

async function stageFiles(
  dependencies: ApplyDependencies,
  { sql }: RosterTransaction,
  scope: ApplyScope,
) {
  for (const entity of RosterEntities) {
    await createStagingTable(sql, entity)
    await loadNormalisedFile(sql, dependencies, entity, scope.files[entity])
    await sql.unsafe(`analyze ${stagingTable(entity)}`)
  }
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
