import type { ChangeKind } from "../imports/summary.js"
import type { RosterEntity } from "../oneroster/entities.js"

/**
 * The NATS subjects the services meet on. Pipeline subjects live in the `IMPORTS`
 * stream, roster change events in the `ROSTER` stream.
 */
export const Subjects = {
  /** An import's bundle is stored and ready to validate. */
  importReceived: "imports.received",
  /** Validation passed; the normalised files are stored for the roster service. */
  importValidated: "imports.validated",
  /** An administrator approved a paused import; the roster service applies it. */
  importApproved: "imports.approved",
  /** Every outcome an administrator hears about: `imports.outcome.<status>`. */
  importOutcomes: "imports.outcome.>",
  /** Every roster change event of every district. */
  rosterChanges: "roster.>",
} as const

/** The subject of one import outcome, such as `imports.outcome.applied`. */
export function importOutcomeSubject(status: ImportOutcomeStatus): string {
  return `imports.outcome.${status}`
}

/**
 * The subject of a district's roster changes: `roster.<districtId>.<entity>.<change>`.
 * Subscribers filter with wildcards, such as `roster.<districtId>.users.>`.
 */
export function rosterChangeSubject(
  districtId: string,
  entity: RosterEntity,
  change: ChangeKind,
): string {
  return `roster.${districtId}.${entity}.${change}`
}

/** The statuses announced on `imports.outcome.<status>`. */
export const ImportOutcomeStatuses = [
  "applied",
  "rejected",
  "failed",
  "paused",
  "cancelled",
  "superseded",
] as const

/** A status announced as an import outcome. */
export type ImportOutcomeStatus = (typeof ImportOutcomeStatuses)[number]
