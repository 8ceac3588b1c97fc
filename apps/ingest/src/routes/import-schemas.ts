import {
  ChangeSummarySchema,
  FileSummarySchema,
  ImportDecisions,
  ImportSources,
  ImportStatuses,
  LogicalFileSummarySchema,
  ThresholdReachedSchema,
} from "@homeroom/contracts"
import Type from "typebox"

const Timestamp = Type.String({ format: "date-time" })

/** An import's status, one of `ImportStatuses`. */
export const ImportStatusSchema = Type.Enum(ImportStatuses)

/** One entry of an import's timeline. */
export const TimelineEntrySchema = Type.Object({
  status: ImportStatusSchema,
  at: Timestamp,
  reason: Type.Union([Type.String(), Type.Null()]),
})

/** An administrator's decision on a paused import. */
export const DecisionSchema = Type.Object({
  decision: Type.Enum(ImportDecisions),
  decidedBy: Type.String({ format: "uuid" }),
  decidedAt: Timestamp,
})

const importFields = {
  id: Type.String({ format: "uuid" }),
  status: ImportStatusSchema,
  source: Type.Enum(ImportSources),
  dryRun: Type.Boolean(),
  fileName: Type.String(),
  sizeBytes: Type.Integer({ minimum: 0 }),
  sha256: Type.String(),
  receivedAt: Timestamp,
  updatedAt: Timestamp,
  reason: Type.Union([Type.String(), Type.Null()]),
  errorCount: Type.Integer({ minimum: 0 }),
  warningCount: Type.Integer({ minimum: 0 }),
  files: Type.Array(FileSummarySchema),
  logicalFiles: Type.Array(LogicalFileSummarySchema),
  changes: Type.Union([ChangeSummarySchema, Type.Null()]),
  thresholdsReached: Type.Union([Type.Array(ThresholdReachedSchema), Type.Null()]),
  decision: Type.Union([DecisionSchema, Type.Null()]),
}

/** An import in a list: everything but its timeline. */
export const ImportListItemSchema = Type.Object(importFields)

/** An import with its timeline, as `GET /v1/imports/{id}` answers. */
export const ImportViewSchema = Type.Object({
  ...importFields,
  timeline: Type.Array(TimelineEntrySchema),
})

/** A page of imports, newest first. */
export const ImportPageSchema = Type.Object({
  items: Type.Array(ImportListItemSchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
})

/** The answer to an accepted upload. */
export const ReceivedImportSchema = Type.Object({
  id: Type.String({ format: "uuid" }),
  status: Type.Literal("received"),
  links: Type.Object({ self: Type.String() }),
})

/** The body of every error answer. */
export const ErrorSchema = Type.Object({
  statusCode: Type.Integer(),
  code: Type.String(),
  error: Type.String(),
  message: Type.String(),
})
