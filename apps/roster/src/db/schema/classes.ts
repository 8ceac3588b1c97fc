import type { ClassType } from "@homeroom/contracts"
import { index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core"
import {
  recordBookkeeping,
  recordHead,
  rosterKey,
  sourcedIdText,
  textList,
} from "./roster-columns.js"

/** `classes.csv`: the classes taught at each school, in one or more terms. */
export const classes = pgTable(
  "classes",
  {
    ...rosterKey(),
    ...recordHead(),
    title: text("title").notNull(),
    grades: textList("grades"),
    courseSourcedId: sourcedIdText("course_sourced_id").notNull(),
    classCode: text("class_code"),
    classType: text("class_type").$type<ClassType>().notNull(),
    location: text("location"),
    schoolSourcedId: sourcedIdText("school_sourced_id").notNull(),
    termSourcedIds: textList("term_sourced_ids"),
    subjects: textList("subjects"),
    subjectCodes: textList("subject_codes"),
    periods: textList("periods"),
    metadata: jsonb("metadata"),
    ...recordBookkeeping(),
  },
  (table) => [
    primaryKey({ columns: [table.districtId, table.sourcedId] }),
    index("classes_school_idx").on(
      table.districtId,
      table.schoolSourcedId,
      table.sourcedId,
    ),
  ],
)
