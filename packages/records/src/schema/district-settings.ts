import type { ProcessingMode, Threshold } from "@homeroom/contracts"
import {
  bigserial,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core"
import { districts } from "./districts.js"

/**
 * A district's import settings, once an administrator has saved them; a district
 * without a row uses the defaults. The recipients stay on `districts`, where the
 * district is created with them.
 */
export const districtSettings = pgTable("district_settings", {
  districtId: uuid("district_id")
    .primaryKey()
    .references(() => districts.id),
  processing: text("processing").$type<ProcessingMode>().notNull(),
  thresholds: jsonb("thresholds").$type<Threshold[]>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  /** The token that saved them. */
  updatedBy: uuid("updated_by").notNull(),
})

/** Every saved version of a district's settings: who changed them, when, and to what. */
export const districtSettingsChanges = pgTable(
  "district_settings_changes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => districts.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull(),
    changedBy: uuid("changed_by").notNull(),
    processing: text("processing").$type<ProcessingMode>().notNull(),
    recipients: text("recipients").array().notNull(),
    thresholds: jsonb("thresholds").$type<Threshold[]>().notNull(),
  },
  (table) => [
    index("district_settings_changes_district_idx").on(table.districtId, table.id),
  ],
)
