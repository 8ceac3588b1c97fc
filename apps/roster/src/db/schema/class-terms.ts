import { index, integer, pgTable, primaryKey } from "drizzle-orm/pg-core"
import { derivedKey, sourcedIdText } from "./roster-columns.js"

/**
 * A class's `termSourcedIds`, one row per academic session, so classes can be listed
 * by term through an index. Rebuilt whenever an import creates or updates the class.
 */
export const classTerms = pgTable(
  "class_terms",
  {
    ...derivedKey(),
    classSourcedId: sourcedIdText("class_sourced_id").notNull(),
    termSourcedId: sourcedIdText("term_sourced_id").notNull(),
    /** The session's place in the class's list, from 1. */
    position: integer("position").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.districtId, table.classSourcedId, table.position] }),
    index("class_terms_term_idx").on(
      table.districtId,
      table.termSourcedId,
      table.classSourcedId,
    ),
  ],
)
