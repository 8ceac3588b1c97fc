import type { OrgType } from "@homeroom/contracts"
import { jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core"
import {
  recordBookkeeping,
  recordHead,
  rosterKey,
  sourcedIdText,
} from "./roster-columns.js"

/** `orgs.csv`: the district, its schools and other organisations. */
export const orgs = pgTable(
  "orgs",
  {
    ...rosterKey(),
    ...recordHead(),
    name: text("name").notNull(),
    type: text("type").$type<OrgType>().notNull(),
    identifier: text("identifier"),
    parentSourcedId: sourcedIdText("parent_sourced_id"),
    metadata: jsonb("metadata"),
    ...recordBookkeeping(),
  },
  (table) => [primaryKey({ columns: [table.districtId, table.sourcedId] })],
)
