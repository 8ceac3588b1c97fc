import type { ChangeSummary } from "@homeroom/contracts"
import type { PreparedBundle } from "../bundles/prepare-bundles.js"
import type { BenchPlatform } from "../platform/bench-platform.js"
import { watchMemory } from "../platform/memory-watch.js"
import type {
  CopyFloor,
  ImportResult,
  ImportScenario,
  ServiceName,
} from "../report/result.js"
import { findAppliedLogLine } from "./applied-log-line.js"
import { waitForImportEmail } from "./import-email.js"
import { importStages } from "./import-stages.js"
import { countRosterEvents } from "./roster-events.js"
import { waitForAppliedImport } from "./settled-import.js"
import { uploadBundle } from "./upload.js"

/** Long enough for the largest district on a slow machine; a hang still ends. */
const ImportTimeoutMs = 60 * 60 * 1000
const AfterApplyTimeoutMs = 15 * 60 * 1000

/**
 * Runs one import scenario from upload to email and measures it. Nothing else runs
 * meanwhile, and the scenario ends only once the email is out, so the next one starts
 * on quiet services.
 */
export async function runImportScenario(
  platform: BenchPlatform,
  scenario: ImportScenario,
  bundle: PreparedBundle,
  floor: CopyFloor,
): Promise<ImportResult> {
  const { district, services } = platform
  const memory = await watchMemory(pidsOf(platform))
  const events = await countRosterEvents(platform.nats.url, district.districtId)
  try {
    const upload = await uploadBundle(
      services.ingest.url,
      district.administratorToken,
      bundle.zipPath,
    )
    const view = await waitForAppliedImport(
      services.ingest.url,
      district.administratorToken,
      upload.importId,
      ImportTimeoutMs,
    )
    const applied = await findAppliedLogLine(services.roster.logPath, upload.importId)
    const changes = changesOf(view.changes, upload.importId)
    const seen = await events.waitForRecords(
      upload.importId,
      totalChanges(changes),
      AfterApplyTimeoutMs,
    )
    const emailAt = await waitForImportEmail(
      platform.mailbox,
      upload.importId,
      AfterApplyTimeoutMs,
    )

    const uploadToAppliedMs = applied.at - upload.startedAt
    return {
      scenario,
      importId: upload.importId,
      rows: bundle.facts.rows,
      uploadToAppliedMs,
      floorMs: floor.ms,
      floorRatio: round(uploadToAppliedMs / floor.ms, 2),
      rowsPerSecond: Math.round(bundle.facts.rows / (uploadToAppliedMs / 1000)),
      stages: importStages({
        upload,
        view,
        applied,
        lastEventAt: seen.messages > 0 ? seen.lastStoredAt : null,
        emailAt,
      }),
      phasesMs: applied.phasesMs,
      changes,
      events: { messages: seen.messages, records: seen.records },
      peakRssMiB: await memory.finish(),
    }
  } finally {
    memory.stop()
    await events.stop()
  }
}

/** Every created, updated and removed record: one roster event record each. */
export function totalChanges(changes: ChangeSummary): number {
  return Object.values(changes).reduce(
    (total, counts) => total + counts.created + counts.updated + counts.removed,
    0,
  )
}

function changesOf(changes: ChangeSummary | null, importId: string): ChangeSummary {
  if (!changes) throw new Error(`applied import ${importId} shows no changes`)
  return changes
}

function pidsOf(platform: BenchPlatform): Record<ServiceName, number> {
  const { ingest, validation, roster, notification } = platform.services
  return {
    ingest: ingest.pid,
    validation: validation.pid,
    roster: roster.pid,
    notification: notification.pid,
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
