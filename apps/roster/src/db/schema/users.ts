import type { UserRole } from "@homeroom/contracts"
import { boolean, index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core"
import {
  partitionedRosterKey,
  recordBookkeeping,
  recordHead,
  textList,
} from "./roster-columns.js"

/**
 * `users.csv` in its 1.1 form. There is no password column: the normalised files never
 * carry one, and a roster has no use for it.
 */
export const users = pgTable(
  "users",
  {
    ...partitionedRosterKey(),
    ...recordHead(),
    enabledUser: boolean("enabled_user").notNull(),
    orgSourcedIds: textList("org_sourced_ids"),
    role: text("role").$type<UserRole>().notNull(),
    username: text("username").notNull(),
    userIds: textList("user_ids"),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    middleName: text("middle_name"),
    identifier: text("identifier"),
    email: text("email"),
    sms: text("sms"),
    phone: text("phone"),
    agentSourcedIds: textList("agent_sourced_ids"),
    grades: textList("grades"),
    metadata: jsonb("metadata"),
    ...recordBookkeeping(),
  },
  (table) => [
    primaryKey({ columns: [table.districtId, table.sourcedId] }),
    index("users_role_idx").on(table.districtId, table.role, table.sourcedId),
  ],
)
