import {
  type ChangeCounts,
  type ChangeSummary,
  type RecordKind,
  RosterEntities,
  type RosterEntity,
} from "@homeroom/contracts"
import type { TransactionSql } from "postgres"
import { EntityTables } from "../roster/entity-fields.js"
import { recordKindSql } from "../roster/record-kinds.js"
import { changeTable } from "./change-tables.js"

interface KindCount {
  readonly kind: RecordKind
  readonly created: number
  readonly updated: number
  readonly removed: number
  readonly existing: number
}

/**
 * Counts the compared changes per kind of record, with the active records each kind
 * had before the import as the base of percentages. Runs after the comparison and
 * before anything is applied, so `existing` is the roster as it was.
 */
export async function countChanges(
  sql: TransactionSql,
  districtId: string,
): Promise<ChangeSummary> {
  const summary = emptySummary()
  for (const entity of RosterEntities) {
    const rows = await sql.unsafe<KindCount[]>(countStatement(entity), [districtId])
    for (const row of rows) summary[row.kind] = toCounts(row)
  }
  return summary
}

function countStatement(entity: RosterEntity): string {
  return `
    select kind,
      coalesce(sum(created), 0)::int as created,
      coalesce(sum(updated), 0)::int as updated,
      coalesce(sum(removed), 0)::int as removed,
      coalesce(sum(existing), 0)::int as existing
    from (
      select kind,
        count(*) filter (where change = 'created') as created,
        count(*) filter (where change = 'updated') as updated,
        count(*) filter (where change = 'removed') as removed,
        0 as existing
      from ${changeTable(entity)}
      group by kind
      union all
      select ${recordKindSql(entity, "role")}, 0, 0, 0, count(*)
      from ${EntityTables[entity]}
      where district_id = $1 and status = 'active'
      group by 1
    ) counts
    group by kind`
}

function toCounts(row: KindCount): ChangeCounts {
  return {
    created: row.created,
    updated: row.updated,
    removed: row.removed,
    existing: row.existing,
  }
}

function emptySummary(): ChangeSummary {
  const zero = { created: 0, updated: 0, removed: 0, existing: 0 }
  return {
    orgs: zero,
    academicSessions: zero,
    users: zero,
    classes: zero,
    teacherEnrollments: zero,
    studentEnrollments: zero,
  }
}
