import type { SessionType } from "@homeroom/contracts"
import { date, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core"
import {
  recordBookkeeping,
  recordHead,
  rosterKey,
  sourcedIdText,
} from "./roster-columns.js"

/** `academicSessions.csv`: school years, terms, semesters and grading periods. */
export const academicSessions = pgTable(
  "academic_sessions",
  {
    ...rosterKey(),
    ...recordHead(),
    title: text("title").notNull(),
    type: text("type").$type<SessionType>().notNull(),
    startDate: date("start_date").notNull(),
    endDate: date("end_date").notNull(),
    parentSourcedId: sourcedIdText("parent_sourced_id"),
    schoolYear: text("school_year").notNull(),
    metadata: jsonb("metadata"),
    ...recordBookkeeping(),
  },
  (table) => [primaryKey({ columns: [table.districtId, table.sourcedId] })],
)
