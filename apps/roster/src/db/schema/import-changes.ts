import type { ChangeKind, RecordKind, RosterEntity } from "@homeroom/contracts"
import { sql } from "drizzle-orm"
import { integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core"

/**
 * The change set of a paused import, kept so an administrator can review it record by
 * record before deciding. `position` numbers the changes in the order they are listed
 * (parents first, then by change and `sourcedId`) and is the cursor of the list. Rows
 * are deleted once the import is decided or superseded.
 */
export const importChanges = pgTable(
  "import_changes",
  {
    importId: uuid("import_id").notNull(),
    position: integer("position").notNull(),
    districtId: uuid("district_id").notNull(),
    entity: text("entity").$type<RosterEntity>().notNull(),
    kind: text("kind").$type<RecordKind>().notNull(),
    change: text("change").$type<ChangeKind>().notNull(),
    sourcedId: text("sourced_id").notNull(),
    /** The schools the record belongs to, for filtering and for threshold reports. */
    schools: text("schools").array().notNull().default(sql`'{}'::text[]`),
    /** The record as the import would leave it; for a removal, as it stands. */
    record: jsonb("record").notNull(),
    /** For updates: the changed fields as they stand before the import. */
    previous: jsonb("previous"),
    changedFields: text("changed_fields").array(),
  },
  (table) => [primaryKey({ columns: [table.importId, table.position] })],
)

/**
 * One row per paused import whose change set is kept: the roster it was compared with
 * (the district's last applied import then), so an approval can tell whether the roster
 * moved since the administrator reviewed the changes.
 */
export const pausedImports = pgTable("paused_imports", {
  importId: uuid("import_id").primaryKey(),
  districtId: uuid("district_id").notNull(),
  comparedWithImportId: uuid("compared_with_import_id"),
})
