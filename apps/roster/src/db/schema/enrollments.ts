import type { EnrollmentRole } from "@homeroom/contracts"
import { sql } from "drizzle-orm"
import {
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
} from "drizzle-orm/pg-core"
import {
  partitionedRosterKey,
  recordBookkeeping,
  recordHead,
  sourcedIdText,
} from "./roster-columns.js"

/** `enrollments.csv`: who takes or teaches which class. */
export const enrollments = pgTable(
  "enrollments",
  {
    ...partitionedRosterKey(),
    ...recordHead(),
    classSourcedId: sourcedIdText("class_sourced_id").notNull(),
    schoolSourcedId: sourcedIdText("school_sourced_id").notNull(),
    userSourcedId: sourcedIdText("user_sourced_id").notNull(),
    role: text("role").$type<EnrollmentRole>().notNull(),
    primary: boolean("primary"),
    beginDate: date("begin_date"),
    endDate: date("end_date"),
    metadata: jsonb("metadata"),
    ...recordBookkeeping(),
  },
  (table) => [
    primaryKey({ columns: [table.districtId, table.sourcedId] }),
    index("enrollments_class_idx").on(table.districtId, table.classSourcedId, table.role),
    index("enrollments_user_idx").on(table.districtId, table.userSourcedId),
    index("enrollments_school_idx").on(
      table.districtId,
      table.schoolSourcedId,
      table.sourcedId,
    ),
    // Students are most of every district, so the role filter reads the primary key in
    // order for them; only the other roles need an index of their own.
    index("enrollments_staff_role_idx")
      .on(table.districtId, table.role, table.sourcedId)
      .where(sql`${table.role} <> 'student'`),
  ],
)
