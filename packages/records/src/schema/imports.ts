import type {
  ChangeSummary,
  FileSummary,
  ImportSource,
  ImportStatus,
} from "@homeroom/contracts"
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core"
import { districts } from "./districts.js"

/** One import: a bundle received for a district and everything that became of it. */
export const imports = pgTable(
  "imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => districts.id),
    status: text("status").$type<ImportStatus>().notNull(),
    source: text("source").$type<ImportSource>().notNull(),
    fileName: text("file_name").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    objectName: text("object_name").notNull(),
    /** What validation read, per file. */
    files: jsonb("files").$type<FileSummary[]>(),
    errorCount: integer("error_count").notNull().default(0),
    warningCount: integer("warning_count").notNull().default(0),
    /** Created, updated and removed per kind of record, once compared. */
    changes: jsonb("changes").$type<ChangeSummary>(),
    /** Why the import was rejected or failed, in a sentence. */
    reason: text("reason"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("imports_district_received_idx").on(table.districtId, table.receivedAt),
  ],
)
