import Type from "typebox"
import { RecordKinds } from "./summary.js"
import { ProcessingModes, ThresholdMeasures } from "./thresholds.js"

const Count = Type.Integer({ minimum: 0 })

/** One threshold, as administrators write it. */
export const ThresholdSchema = Type.Object(
  {
    kind: Type.Enum(RecordKinds),
    measure: Type.Enum(ThresholdMeasures),
    count: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000 })),
    percent: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 100 })),
    floor: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000 })),
  },
  { additionalProperties: false },
)

/** A district's import settings, as `PUT /v1/settings` takes them. */
export const ImportSettingsSchema = Type.Object(
  {
    processing: Type.Enum(ProcessingModes),
    recipients: Type.Array(Type.String({ format: "email", maxLength: 254 }), {
      maxItems: 50,
    }),
    thresholds: Type.Array(ThresholdSchema, { maxItems: 100 }),
  },
  { additionalProperties: false },
)

/** What validation read for one kind of record. */
export const LogicalFileSummarySchema = Type.Object({
  kind: Type.Enum(RecordKinds),
  rowsRead: Count,
  rowsWithErrors: Count,
  warnings: Count,
})

/** A threshold an import reached, with its figure and the schools behind it. */
export const ThresholdReachedSchema = Type.Object({
  threshold: ThresholdSchema,
  value: Count,
  base: Count,
  percent: Type.Union([Type.Number(), Type.Null()]),
  reachedBy: Type.Array(Type.Union([Type.Literal("count"), Type.Literal("percent")])),
  schools: Type.Array(
    Type.Object({
      sourcedId: Type.String(),
      name: Type.Union([Type.String(), Type.Null()]),
      count: Count,
    }),
  ),
})
