import type { ImportStatus } from "@homeroom/contracts"
import { bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core"
import { imports } from "./imports.js"

/** An import's timeline: every status it entered, and when. */
export const importTransitions = pgTable(
  "import_transitions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id),
    status: text("status").$type<ImportStatus>().notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** Why, for rejected and failed imports. */
    reason: text("reason"),
  },
  (table) => [index("import_transitions_import_idx").on(table.importId, table.id)],
)
