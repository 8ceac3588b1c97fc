import {
  type ChangeKind,
  ChangeKinds,
  type RosterEntity,
  rosterChangeSubject,
} from "@homeroom/contracts"
import type { TransactionSql } from "postgres"
import { changeTable } from "../apply/change-tables.js"
import { isoTimestamp } from "../roster/record-json.js"

/**
 * Writes an entity's `roster.changes` events to the outbox: one message per change kind
 * and batch (numbered at comparison), naming its records and, for updates, their changed
 * fields. The records themselves are rendered when the message is published. The message
 * id (`<importId>:<entity>:<change>:<batch>`) is the same on every attempt, so JetStream
 * stores an event once however often it is published.
 */
export async function queueChangeEvents(
  sql: TransactionSql,
  entity: RosterEntity,
  changes: readonly ChangeKind[],
  scope: { districtId: string; importId: string },
) {
  const subjects = ChangeKinds.map((change) =>
    rosterChangeSubject(scope.districtId, entity, change),
  )
  await sql.unsafe(eventsStatement(entity), [
    scope.districtId,
    scope.importId,
    ChangeKinds,
    subjects,
    changes,
  ])
}

// array_agg and json_agg read each group's rows in the same order, so the changed
// fields line up with the sourcedIds without sorting.
function eventsStatement(entity: RosterEntity): string {
  return `
    insert into roster_outbox
      (district_id, subject, message, entity, sourced_ids, changed_fields)
    select $1::uuid,
      ($4::text[])[array_position($3::text[], change)],
      json_build_object(
        'type', 'roster.changes',
        'version', 1,
        'id', $2::text || ':${entity}:' || change || ':' || batch,
        'occurredAt', ${isoTimestamp("now()")},
        'districtId', $1::text,
        'data', json_build_object('importId', $2::text, 'entity', '${entity}', 'change', change)),
      '${entity}',
      array_agg(sourced_id),
      case when change = 'updated' then json_agg(changed_fields) end
    from ${changeTable(entity)}
    where change = any($5::text[])
    group by change, batch
    order by array_position($3::text[], change), batch`
}
