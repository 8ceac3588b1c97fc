import type { RosterEntity } from "@homeroom/contracts"
import { pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core"

/**
 * The SHA-256 digest of each normalised file the district's roster was last built
 * from. A later import whose file has the same digest cannot change that entity, so
 * its staging and comparison are skipped. Cleared when the roster stops matching its
 * files, as after an approval without removals.
 */
export const appliedFiles = pgTable(
  "applied_files",
  {
    districtId: uuid("district_id").notNull(),
    entity: text("entity").$type<RosterEntity>().notNull(),
    digest: text("digest").notNull(),
    importId: uuid("import_id").notNull(),
  },
  (table) => [primaryKey({ columns: [table.districtId, table.entity] })],
)
