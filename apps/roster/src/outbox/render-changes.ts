import { RosterEntities, type RosterEntity } from "@homeroom/contracts"
import type { TransactionSql } from "postgres"
import { EntityTables } from "../roster/entity-fields.js"
import { recordJson } from "../roster/record-json.js"

/** A queued `roster.changes` message to render: its outbox row, district and entity. */
export interface QueuedChanges {
  /** The outbox id, a bigint, as text. */
  readonly id: string
  readonly districtId: string
  readonly entity: string
}

/**
 * The full text of queued `roster.changes` messages, by outbox id: each envelope with
 * its named records as the REST API shows them now, and `changedFields` on updates.
 * One query renders the messages of an entity and district; naming the district lets
 * Postgres read only that district's partition. Rendering at publish time keeps the
 * apply transaction short; when the publisher keeps up, "now" is just after the
 * import. Should a later import of the same district commit first, the records show
 * its values, the latest state, and subscribers still converge.
 */
export async function renderChanges(
  sql: TransactionSql,
  queued: readonly QueuedChanges[],
): Promise<Map<string, string>> {
  const bodies = new Map<string, string>()
  for (const [[entity, districtId], group] of groupByEntityAndDistrict(queued)) {
    const ids = group.map((row) => row.id)
    const rows = await sql.unsafe<{ id: string; body: string }[]>(
      renderStatement(entity),
      [ids, districtId],
    )
    for (const row of rows) bodies.set(row.id, row.body)
  }
  return bodies
}

function groupByEntityAndDistrict(queued: readonly QueuedChanges[]) {
  const groups = new Map<string, [[RosterEntity, string], QueuedChanges[]]>()
  for (const row of queued) {
    const entity = RosterEntities.find((candidate) => candidate === row.entity)
    if (!entity) throw new Error(`the outbox names an unknown entity: ${row.entity}`)
    const key = `${entity}/${row.districtId}`
    const group = groups.get(key) ?? [[entity, row.districtId], []]
    group[1].push(row)
    groups.set(key, group)
  }
  return groups.values()
}

function renderStatement(entity: RosterEntity): string {
  const record = recordJson(entity, "existing")
  return `
    select outbox.id::text as id, json_build_object(
      'type', outbox.message->'type',
      'version', outbox.message->'version',
      'id', outbox.message->'id',
      'occurredAt', outbox.message->'occurredAt',
      'districtId', outbox.message->'districtId',
      'data', json_build_object(
        'importId', outbox.message->'data'->'importId',
        'entity', outbox.message->'data'->'entity',
        'change', outbox.message->'data'->'change',
        'records', coalesce((
          select json_agg(
            case when outbox.changed_fields is null
              then json_build_object('sourcedId', item.sourced_id, 'record', ${record})
              else json_build_object('sourcedId', item.sourced_id, 'record', ${record},
                'changedFields', outbox.changed_fields -> (item.position::int - 1))
            end
            order by item.position)
          from unnest(outbox.sourced_ids) with ordinality as item(sourced_id, position)
          join ${EntityTables[entity]} existing
            on existing.district_id = $2::uuid
            and existing.sourced_id = item.sourced_id collate "C"
        ), '[]'))
    )::text as body
    from roster_outbox outbox
    where outbox.id = any($1::bigint[]) and outbox.district_id = $2::uuid`
}
