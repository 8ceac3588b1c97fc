/**
 * Every status an import can hold. An import moves forward through them:
 *
 * `received` → `validating` → `rejected` | `validated` → `comparing` → `applying` →
 * `applied`, or `failed` from any status that is not final when something unexpected
 * broke. `paused` sits between comparing and applying while an administrator decides;
 * `cancelled` ends a paused import without changes, and `superseded` ends one that a
 * newer import of its district overtook. A dry run ends at `checked` (or `rejected`):
 * it is validated and reported, never compared or applied.
 */
export const ImportStatuses = [
  "received",
  "validating",
  "rejected",
  "validated",
  "checked",
  "comparing",
  "paused",
  "applying",
  "applied",
  "cancelled",
  "superseded",
  "failed",
] as const

/** The status of one import. */
export type ImportStatus = (typeof ImportStatuses)[number]

/** Statuses after which an import never changes again. */
export const FinalImportStatuses = [
  "rejected",
  "checked",
  "applied",
  "cancelled",
  "superseded",
  "failed",
] as const satisfies readonly ImportStatus[]

/** A status after which an import never changes again. */
export type FinalImportStatus = (typeof FinalImportStatuses)[number]

/**
 * The statuses an import may move to from each status. A service moves an import only
 * along these edges, so a redelivered message cannot move it back.
 */
export const ImportTransitions = {
  received: ["validating", "rejected", "failed"],
  validating: ["validating", "rejected", "validated", "checked", "failed"],
  validated: ["comparing", "superseded", "failed"],
  checked: [],
  comparing: ["comparing", "paused", "applying", "superseded", "failed"],
  paused: ["paused", "comparing", "applying", "cancelled", "superseded", "failed"],
  applying: ["applying", "applied", "failed"],
  rejected: [],
  applied: [],
  cancelled: [],
  superseded: [],
  failed: [],
} as const satisfies Record<ImportStatus, readonly ImportStatus[]>

/** Where an import's bundle came from. */
export const ImportSources = ["upload", "sftp"] as const

/** Where an import's bundle came from. */
export type ImportSource = (typeof ImportSources)[number]
