import { index, integer, pgTable, primaryKey } from "drizzle-orm/pg-core"
import { derivedKey, sourcedIdText } from "./roster-columns.js"

/**
 * A user's `agentSourcedIds` (parents, guardians), one row per agent. Rebuilt from the
 * user's row whenever an import creates or updates the user.
 */
export const userAgents = pgTable(
  "user_agents",
  {
    ...derivedKey(),
    userSourcedId: sourcedIdText("user_sourced_id").notNull(),
    agentSourcedId: sourcedIdText("agent_sourced_id").notNull(),
    /** The agent's place in the user's list, from 1. */
    position: integer("position").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.districtId, table.userSourcedId, table.position] }),
    index("user_agents_agent_idx").on(
      table.districtId,
      table.agentSourcedId,
      table.userSourcedId,
    ),
  ],
)
