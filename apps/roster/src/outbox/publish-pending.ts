import type { Database } from "@homeroom/service-kit"
import type { JetStreamClient } from "@nats-io/jetstream"
import { inTransaction } from "../db/roster-transaction.js"
import { type QueuedChanges, renderChanges } from "./render-changes.js"
import { type OutgoingMessage, splitOversized } from "./split-message.js"

interface PendingRow {
  /** The outbox id, a bigint, as text. */
  readonly id: string
  readonly districtId: string
  readonly subject: string
  readonly messageId: string
  readonly entity: string | null
  readonly body: string
}

/** What a publishing round needs. */
export interface PublishOptions {
  readonly database: Database
  readonly jetstream: JetStreamClient
  /** Most rows claimed in one round. */
  readonly batchSize: number
  /** The largest message the NATS server accepts, in bytes. */
  readonly maxPayload: number
}

/**
 * One publishing round: claims the oldest unpublished outbox rows, publishes them in
 * order and marks them published, all in one transaction. A crash after publishing but
 * before the mark commits leaves the rows unpublished, and the next round publishes
 * them again under the same ids, which JetStream discards as duplicates. One copy of
 * the service publishes at a time (a transaction-level advisory lock), so events leave
 * in the order they were written, which for one district is the order of its imports.
 * Returns how many rows were published.
 */
export async function publishPending(options: PublishOptions): Promise<number> {
  return inTransaction(options.database, async ({ sql }) => {
    const [lock] = await sql`
      select pg_try_advisory_xact_lock(hashtextextended('homeroom-roster-outbox', 0)) as held`
    if (!lock?.["held"]) return 0

    const rows = await sql<PendingRow[]>`
      select id::text as id, district_id as "districtId", subject,
        message->>'id' as "messageId", entity, message::text as body
      from roster_outbox
      where published_at is null
      order by roster_outbox.id
      limit ${options.batchSize}
      for update skip locked`
    const rendered = await renderChanges(sql, rows.filter(isChanges))
    await publishInOrder(options, rows, rendered)

    if (rows.length > 0) {
      await sql`
        update roster_outbox set published_at = now()
        where id = any(${rows.map((row) => row.id)}::bigint[])`
    }
    return rows.length
  })
}

function isChanges(row: PendingRow): row is PendingRow & QueuedChanges {
  return row.entity !== null
}

/**
 * Publishes a round's messages without waiting for each acknowledgement before sending
 * the next: they leave on one connection in order, and the stream stores them in that
 * order, so only the waiting is shared. Waiting for every message in turn spent most
 * of a large import's publishing time on round trips.
 */
async function publishInOrder(
  options: PublishOptions,
  rows: readonly PendingRow[],
  rendered: ReadonlyMap<string, string>,
) {
  const acknowledgements = rows.flatMap((row) => {
    const body = rendered.get(row.id) ?? row.body
    const message: OutgoingMessage = { subject: row.subject, id: row.messageId, body }
    return splitOversized(message, options.maxPayload).map((part) =>
      options.jetstream.publish(part.subject, part.body, { msgID: part.id }),
    )
  })
  await Promise.all(acknowledgements)
}
