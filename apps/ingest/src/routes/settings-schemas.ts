import { ImportSettingsSchema } from "@homeroom/contracts"
import Type from "typebox"

const Timestamp = Type.String({ format: "date-time" })
const TokenId = Type.String({ format: "uuid" })

/** A district's settings with who saved them last; both null while the defaults apply. */
export const SavedSettingsSchema = Type.Object({
  ...ImportSettingsSchema.properties,
  updatedAt: Type.Union([Timestamp, Type.Null()]),
  updatedBy: Type.Union([TokenId, Type.Null()]),
})

/** One saved version of a district's settings, with when and by which token. */
export const SettingsChangeSchema = Type.Object({
  ...ImportSettingsSchema.properties,
  changedAt: Timestamp,
  changedBy: TokenId,
})

/** The saved versions of a district's settings, newest first. */
export const SettingsHistorySchema = Type.Object({
  items: Type.Array(SettingsChangeSchema),
})
