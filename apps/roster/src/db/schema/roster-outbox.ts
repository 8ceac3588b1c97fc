import { sql } from "drizzle-orm"
import {
  bigserial,
  index,
  json,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core"

/**
 * Messages waiting to be published, written in the same transaction as the change they
 * announce, so an applied import always has its events and a rolled-back one never does.
 *
 * A `roster.changes` row names its records (`sourced_ids`, with `changed_fields` for
 * updates) and the publisher renders them when it publishes: writing every record of a
 * large first import here would cost more than the rest of the import together.
 * `message` is `json`, not `jsonb`: it is written once and read back as text.
 */
export const rosterOutbox = pgTable(
  "roster_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    districtId: uuid("district_id").notNull(),
    subject: text("subject").notNull(),
    /** The envelope; for `roster.changes`, without `data.records`. */
    message: json("message").notNull(),
    /** For `roster.changes`: the entity whose records are announced. */
    entity: text("entity"),
    /** For `roster.changes`: the records announced, in order. */
    sourcedIds: text("sourced_ids").array(),
    /** For updates: each record's changed fields, in the order of `sourced_ids`. */
    changedFields: json("changed_fields"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (table) => [
    index("roster_outbox_unpublished_idx")
      .on(table.id)
      .where(sql`${table.publishedAt} is null`),
  ],
)
