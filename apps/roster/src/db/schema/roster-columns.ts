import type { RecordStatus } from "@homeroom/contracts"
import { districts } from "@homeroom/records"
import { sql } from "drizzle-orm"
import { bigint, customType, text, timestamp, uuid } from "drizzle-orm/pg-core"

/**
 * A `sourcedId` or a reference to one. Byte order ("C" collation) keeps sorting, joins
 * and cursor pagination fast and the same on every server, whatever its locale.
 */
export const sourcedIdText = customType<{ data: string }>({
  dataType: () => 'text collate "C"',
})

/** A OneRoster list, stored as a text array; an empty list is `{}`, never null. */
export function textList(name: string) {
  return text(name).array().notNull().default(sql`'{}'::text[]`)
}

/** The key of every roster record: the district it belongs to and its `sourcedId`. */
export function rosterKey() {
  return {
    districtId: uuid("district_id")
      .notNull()
      .references(() => districts.id),
    sourcedId: sourcedIdText("sourced_id").notNull(),
  }
}

/**
 * The key of the tables partitioned by district (users and enrollments): a roster key
 * without a foreign key to districts. Each district's partition pins its district with
 * a check constraint and is created only by an import of that district, whose import
 * row refers to the district. A foreign key would cost a check per row, or, when a
 * district's first partition is attached, a lock on districts that keeps new districts
 * waiting until that import commits.
 */
export function partitionedRosterKey() {
  return {
    districtId: uuid("district_id").notNull(),
    sourcedId: sourcedIdText("sourced_id").notNull(),
  }
}

/** The key columns of a table whose rows are always written with their owner row. */
export function derivedKey() {
  return { districtId: uuid("district_id").notNull() }
}

/** The OneRoster columns every record starts with, after its `sourcedId`. */
export function recordHead() {
  return {
    status: text("status").$type<RecordStatus>().notNull(),
    dateLastModified: timestamp("date_last_modified", { withTimezone: true }),
  }
}

/**
 * Bookkeeping every record carries: a digest of its OneRoster values (so an unchanged
 * row is recognised without comparing every column), when it was created and last
 * changed, and the import that last changed it.
 */
export function recordBookkeeping() {
  return {
    digest: bigint("digest", { mode: "bigint" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    lastImportId: uuid("last_import_id").notNull(),
  }
}
