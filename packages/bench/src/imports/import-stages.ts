import type { ImportStatus } from "@homeroom/contracts"
import type { ImportView } from "@homeroom/records"
import type { ImportStages } from "../report/result.js"
import type { AppliedLogLine } from "./applied-log-line.js"
import type { Upload } from "./upload.js"

/** The moments an import passed, each from the process that knows it best. */
export interface ImportMoments {
  readonly upload: Upload
  readonly view: ImportView
  readonly applied: AppliedLogLine
  /** When the import's last roster event was stored; null for an import that changed nothing. */
  readonly lastEventAt: number | null
  readonly emailAt: number
}

/**
 * Splits an import's time into stages. The timeline gives the hand-offs between
 * services, the roster's phase clock what happened inside its transaction, the stream
 * the events and the SMTP sink the email. All clocks are this machine's.
 */
export function importStages(moments: ImportMoments): ImportStages {
  const { upload, view, applied } = moments
  const phase = (name: string) => applied.phasesMs[name] ?? 0
  const received = timelineAt(view, "received")
  const validated = timelineAt(view, "validated")
  const comparing = timelineAt(view, "comparing")
  const published = moments.lastEventAt ?? applied.at

  return {
    store: Math.round(upload.ms),
    validate: validated - received,
    stage: comparing - validated + phase("locked") + phase("staged"),
    compare: phase("compared"),
    apply: phase("applied") + phase("queued") + phase("committed"),
    publish: Math.max(0, published - applied.at),
    email: moments.emailAt - Math.max(published, applied.at),
  }
}

function timelineAt(view: ImportView, status: ImportStatus): number {
  const entry = view.timeline.find((candidate) => candidate.status === status)
  if (!entry) throw new Error(`import ${view.id} has no "${status}" in its timeline`)
  return Date.parse(entry.at)
}
