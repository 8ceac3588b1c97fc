import { index, integer, pgTable, primaryKey } from "drizzle-orm/pg-core"
import { derivedKey, sourcedIdText } from "./roster-columns.js"

/**
 * A user's `orgSourcedIds`, one row per org, so users can be listed by org through an
 * index. Rebuilt from the user's row whenever an import creates or updates the user.
 */
export const userOrgs = pgTable(
  "user_orgs",
  {
    ...derivedKey(),
    userSourcedId: sourcedIdText("user_sourced_id").notNull(),
    orgSourcedId: sourcedIdText("org_sourced_id").notNull(),
    /** The org's place in the user's list, from 1; a list may name an org twice. */
    position: integer("position").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.districtId, table.userSourcedId, table.position] }),
    index("user_orgs_org_idx").on(
      table.districtId,
      table.orgSourcedId,
      table.userSourcedId,
    ),
  ],
)
