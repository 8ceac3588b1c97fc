import type { ChangeKind, RecordKind } from "./summary.js"

/**
 * What a threshold measures for its kind of record: one kind of change, every change
 * together (`changed`), or the rows of its logical file that have errors (`errors`).
 */
export const ThresholdMeasures = [
  "created",
  "updated",
  "removed",
  "changed",
  "errors",
] as const

/** What a threshold measures. */
export type ThresholdMeasure = (typeof ThresholdMeasures)[number]

/**
 * A limit that pauses an import once reached (the value equals or exceeds it). The
 * percentage is of the records of the kind before the import, or of the file's rows for
 * `errors`, and applies only when that base is at least `floor`, so a small district is
 * not paused by one change. At least one of `count` and `percent` is set.
 */
export interface Threshold {
  readonly kind: RecordKind
  readonly measure: ThresholdMeasure
  readonly count?: number
  readonly percent?: number
  readonly floor?: number
}

/** A school that contributes to a reached threshold, with its share of the figure. */
export interface ContributingSchool {
  readonly sourcedId: string
  readonly name: string | null
  readonly count: number
}

/** A threshold an import reached, with the figure that reached it. */
export interface ThresholdReached {
  readonly threshold: Threshold
  /** How many records (or rows with errors) the import counts for the measure. */
  readonly value: number
  /** The base of the percentage: existing records, or rows read for `errors`. */
  readonly base: number
  /** `value` as a percentage of `base`; null when the base is zero. */
  readonly percent: number | null
  /** Which limit was reached: the count, the percentage, or both. */
  readonly reachedBy: ("count" | "percent")[]
  /** The schools contributing most to `value`, largest first; empty for errors. */
  readonly schools: ContributingSchool[]
}

/** When a district's imports are processed. */
export const ProcessingModes = ["onArrival", "manual"] as const

/** When a district's imports are processed. */
export type ProcessingMode = (typeof ProcessingModes)[number]

/** A district's import settings, as administrators read and replace them. */
export interface ImportSettings {
  readonly processing: ProcessingMode
  /** The addresses that receive "Import Results" and "Check Your Data". */
  readonly recipients: string[]
  readonly thresholds: Threshold[]
}

/** Below this many existing records (or rows), default percentages do not apply. */
const DefaultFloor = 50

const errorShare = (kind: RecordKind): Threshold => ({
  kind,
  measure: "errors",
  percent: 5,
  floor: DefaultFloor,
})

/**
 * The thresholds a district starts with: a tenth of users or student enrollments
 * removed, a tenth of teacher enrollments changed, or a twentieth of any file's rows
 * with errors pauses an import.
 */
export const DefaultThresholds: Threshold[] = [
  { kind: "users", measure: "removed", percent: 10, floor: DefaultFloor },
  { kind: "studentEnrollments", measure: "removed", percent: 10, floor: DefaultFloor },
  { kind: "teacherEnrollments", measure: "changed", percent: 10, floor: DefaultFloor },
  errorShare("orgs"),
  errorShare("academicSessions"),
  errorShare("users"),
  errorShare("classes"),
  errorShare("teacherEnrollments"),
  errorShare("studentEnrollments"),
]

/** The changes a measure adds up. */
export function changesMeasured(measure: ThresholdMeasure): readonly ChangeKind[] {
  if (measure === "changed") return ["created", "updated", "removed"]
  if (measure === "errors") return []
  return [measure]
}

/** How an administrator decides on a paused import. */
export const ImportDecisions = ["approve", "approveWithoutRemovals", "cancel"] as const

/** How an administrator decides on a paused import. */
export type ImportDecision = (typeof ImportDecisions)[number]
