import type { ProblemSeverity } from "@homeroom/contracts"
import { integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core"
import { imports } from "./imports.js"

/** The problems validation found in an import's bundle, in the order found. */
export const importProblems = pgTable(
  "import_problems",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id),
    position: integer("position").notNull(),
    severity: text("severity").$type<ProblemSeverity>().notNull(),
    code: text("code").notNull(),
    file: text("file"),
    line: integer("line"),
    column: text("column"),
    value: text("value"),
    message: text("message").notNull(),
  },
  (table) => [primaryKey({ columns: [table.importId, table.position] })],
)
