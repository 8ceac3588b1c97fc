import type { RosterEntity } from "@homeroom/contracts"
import type { TransactionSql } from "postgres"
import { type RosterLink, RosterLinks } from "../roster/roster-links.js"
import { changeTable } from "./change-tables.js"
import { stagingTable } from "./staging-tables.js"

/**
 * Rebuilds the link rows of the records an import created or updated, from their lists
 * in the file, one row per list item in the list's order. Links of unchanged records
 * are left alone, and those of removed records are kept with them.
 */
export async function rebuildLinks(
  sql: TransactionSql,
  entity: RosterEntity,
  districtId: string,
) {
  for (const link of RosterLinks.filter((candidate) => candidate.entity === entity)) {
    await sql.unsafe(deleteStatement(link), [districtId])
    await sql.unsafe(insertStatement(link), [districtId])
  }
}

function deleteStatement(link: RosterLink): string {
  return `
    delete from ${link.table} link
    using ${changeTable(link.entity)} compared
    where link.district_id = $1 and link.${link.ownerColumn} = compared.sourced_id
      and compared.change in ('created', 'updated')`
}

function insertStatement(link: RosterLink): string {
  return `
    insert into ${link.table} (district_id, ${link.ownerColumn}, ${link.targetColumn}, position)
    select $1, incoming."sourcedId", item.target, item.position
    from ${stagingTable(link.entity)} incoming
    join ${changeTable(link.entity)} compared on compared.sourced_id = incoming."sourcedId"
    cross join lateral unnest(string_to_array(incoming."${link.field}", ','))
      with ordinality as item(target, position)
    where compared.change in ('created', 'updated')
    order by incoming."sourcedId", item.position`
}
