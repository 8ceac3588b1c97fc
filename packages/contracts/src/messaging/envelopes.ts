import Type, { type Static, type TSchema } from "typebox"
import { ImportSources } from "../imports/status.js"
import { ChangeKinds, RecordKinds } from "../imports/summary.js"
import { ImportDecisions } from "../imports/thresholds.js"
import { RosterEntities } from "../oneroster/entities.js"
import { ImportOutcomeStatuses } from "./subjects.js"

const Uuid = Type.String({ format: "uuid" })
const Count = Type.Integer({ minimum: 0 })

/**
 * Wraps a message body in the envelope every message carries: its type, the version of
 * that type's body, a unique id (also the JetStream de-duplication id), when it
 * happened, and the district it belongs to.
 */
function envelope<const Name extends string, Data extends TSchema>(
  type: Name,
  data: Data,
) {
  return Type.Object(
    {
      type: Type.Literal(type),
      version: Type.Literal(1),
      id: Type.String({ minLength: 1, maxLength: 200 }),
      occurredAt: Type.String({ format: "date-time" }),
      districtId: Uuid,
      data,
    },
    { additionalProperties: false },
  )
}

/** A stored object: its name in the import files bucket, size and checksum. */
export const StoredBundleSchema = Type.Object({
  objectName: Type.String({ minLength: 1 }),
  sizeBytes: Count,
  sha256: Type.String({ pattern: "^[0-9a-f]{64}$" }),
})

/** What validation read from one file: rows, rows with errors and warnings. */
export const FileSummarySchema = Type.Object({
  file: Type.String(),
  rowsRead: Count,
  rowsWithErrors: Count,
  warnings: Count,
})

const ChangeCountsSchema = Type.Object({
  created: Count,
  updated: Count,
  removed: Count,
  existing: Count,
})

/** Change counts per kind of record. */
export const ChangeSummarySchema = Type.Object(
  Object.fromEntries(RecordKinds.map((kind) => [kind, ChangeCountsSchema])) as Record<
    (typeof RecordKinds)[number],
    typeof ChangeCountsSchema
  >,
)

/** `imports.received`: a bundle was stored and the import should be processed. */
export const ImportReceivedSchema = envelope(
  "import.received",
  Type.Object({
    importId: Uuid,
    source: Type.Enum(ImportSources),
    fileName: Type.String(),
    bundle: StoredBundleSchema,
    /** A dry run is validated and reported, never compared, applied or emailed. */
    dryRun: Type.Boolean(),
  }),
)

/** `imports.validated`: the normalised files, one per kind of record, are stored. */
export const ImportValidatedSchema = envelope(
  "import.validated",
  Type.Object({
    importId: Uuid,
    normalisedFiles: Type.Object(
      Object.fromEntries(
        RosterEntities.map((entity) => [entity, Type.String()]),
      ) as Record<(typeof RosterEntities)[number], ReturnType<typeof Type.String>>,
    ),
    files: Type.Array(FileSummarySchema),
  }),
)

/** `imports.outcome.<status>`: an import reached a status administrators hear about. */
export const ImportOutcomeSchema = envelope(
  "import.outcome",
  Type.Object({
    importId: Uuid,
    status: Type.Enum(ImportOutcomeStatuses),
    /**
     * Which time the import reached this status, when not the first: an approved import
     * compared again can pause a second time, and that pause is news of its own.
     */
    occurrence: Type.Optional(Type.Integer({ minimum: 2 })),
  }),
)

/** `imports.approved`: an administrator approved a paused import. */
export const ImportApprovedSchema = envelope(
  "import.approved",
  Type.Object({
    importId: Uuid,
    decision: Type.Enum(ImportDecisions.filter((decision) => decision !== "cancel")),
  }),
)

/** One record in a roster change event. */
export const RosterChangeRecordSchema = Type.Object({
  sourcedId: Type.String(),
  /** The record as it now stands, as the REST API shows it. */
  record: Type.Record(Type.String(), Type.Unknown()),
  /** For updates: the fields whose values changed. */
  changedFields: Type.Optional(Type.Array(Type.String())),
})

/**
 * `roster.<districtId>.<entity>.<change>`: a batch of records of one kind that one import
 * changed in one way. Its id is stable across redeliveries, so subscribers de-duplicate
 * on it.
 */
export const RosterChangesSchema = envelope(
  "roster.changes",
  Type.Object({
    importId: Uuid,
    entity: Type.Enum(RosterEntities),
    change: Type.Enum(ChangeKinds),
    records: Type.Array(RosterChangeRecordSchema),
  }),
)

/** `imports.received` message. */
export type ImportReceived = Static<typeof ImportReceivedSchema>
/** `imports.validated` message. */
export type ImportValidated = Static<typeof ImportValidatedSchema>
/** `imports.approved` message. */
export type ImportApproved = Static<typeof ImportApprovedSchema>
/** `imports.outcome.<status>` message. */
export type ImportOutcome = Static<typeof ImportOutcomeSchema>
/** `roster.<districtId>.<entity>.<change>` message. */
export type RosterChanges = Static<typeof RosterChangesSchema>

/** Every message the platform publishes, told apart by `type`. */
export const PlatformMessageSchema = Type.Union([
  ImportReceivedSchema,
  ImportValidatedSchema,
  ImportApprovedSchema,
  ImportOutcomeSchema,
  RosterChangesSchema,
])

/** Every message the platform publishes, told apart by `type`. */
export type PlatformMessage = Static<typeof PlatformMessageSchema>

/** The `type` of a platform message. */
export type PlatformMessageType = PlatformMessage["type"]
