import type { RosterEntity } from "@homeroom/contracts"

/** A list field kept, item by item, in a link table for indexed lookups. */
export interface RosterLink {
  /** The entity whose records carry the list. */
  readonly entity: RosterEntity
  /** The list field, by its OneRoster name. */
  readonly field: string
  readonly table: string
  /** The column holding the owner record's `sourcedId`. */
  readonly ownerColumn: string
  /** The column holding one item of the list. */
  readonly targetColumn: string
}

/** Every link table, with the list it is built from. */
export const RosterLinks: readonly RosterLink[] = [
  {
    entity: "users",
    field: "orgSourcedIds",
    table: "user_orgs",
    ownerColumn: "user_sourced_id",
    targetColumn: "org_sourced_id",
  },
  {
    entity: "users",
    field: "agentSourcedIds",
    table: "user_agents",
    ownerColumn: "user_sourced_id",
    targetColumn: "agent_sourced_id",
  },
  {
    entity: "classes",
    field: "termSourcedIds",
    table: "class_terms",
    ownerColumn: "class_sourced_id",
    targetColumn: "term_sourced_id",
  },
]
