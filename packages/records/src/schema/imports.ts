import type {
  ChangeSummary,
  FileSummary,
  ImportDecision,
  ImportSource,
  ImportStatus,
  LogicalFileSummary,
  ThresholdReached,
} from "@homeroom/contracts"
import {
  bigint,
  boolean,
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
    /** A dry run is only validated: never compared, applied or emailed. */
    dryRun: boolean("dry_run").notNull().default(false),
    /** What validation read, per file. */
    files: jsonb("files").$type<FileSummary[]>(),
    /** The same counts per kind of record, enrollments split by role. */
    logicalFiles: jsonb("logical_files").$type<LogicalFileSummary[]>(),
    errorCount: integer("error_count").notNull().default(0),
    warningCount: integer("warning_count").notNull().default(0),
    /** Created, updated and removed per kind of record, once compared. */
    changes: jsonb("changes").$type<ChangeSummary>(),
    /** The thresholds the comparison reached; empty when none was. */
    thresholdsReached: jsonb("thresholds_reached").$type<ThresholdReached[]>(),
    /** An administrator's decision on the paused import, who made it and when. */
    decision: text("decision").$type<ImportDecision>(),
    decidedBy: uuid("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** Why the import was rejected or failed, in a sentence. */
    reason: text("reason"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("imports_district_received_idx").on(table.districtId, table.receivedAt),
  ],
)
