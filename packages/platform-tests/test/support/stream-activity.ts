import { type RosterChanges, Streams } from "@homeroom/contracts"
import { waitFor } from "@homeroom/testing"
import { jetstream, jetstreamManager } from "@nats-io/jetstream"
import type { NatsConnection } from "@nats-io/transport-node"
import type { Platform } from "../../src/index.js"

/**
 * Waits until every durable consumer of the `IMPORTS` stream has handled every message
 * it was given, so whatever a service would announce about them is in the streams.
 */
export async function waitForPipelineIdle(connection: NatsConnection): Promise<void> {
  const manager = await jetstreamManager(connection)

  await waitFor(
    async () => {
      const consumers = await manager.consumers.list(Streams.imports.name).next()
      return consumers.every(
        (consumer) => consumer.num_pending === 0 && consumer.num_ack_pending === 0,
      )
    },
    { timeoutMs: 60_000, intervalMs: 100, what: "the import pipeline to be idle" },
  )
}

/** How many messages a stream holds under each subject. */
export async function subjectCounts(
  connection: NatsConnection,
  stream: string,
): Promise<Record<string, number>> {
  const manager = await jetstreamManager(connection)
  const info = await manager.streams.info(stream, { subjects_filter: ">" })

  return { ...info.state.subjects }
}

/** Waits until the roster's outbox has published everything, and counts its rows. */
export async function waitForOutboxPublished(platform: Platform): Promise<number> {
  const counted = await waitFor(
    async () => {
      const [row] = await platform.database.$client`
        select count(*)::int as rows,
          count(*) filter (where published_at is null)::int as unpublished
        from roster_outbox`
      return row?.["unpublished"] === 0 ? { rows: Number(row["rows"]) } : null
    },
    { timeoutMs: 60_000, what: "the roster outbox to be published" },
  )

  return counted.rows
}

/** One `roster.changes` event of an import, reduced to what it announces. */
export interface AnnouncedChange {
  readonly entity: string
  readonly change: string
  readonly sourcedIds: string[]
}

/**
 * Reads every roster change event an import published, from the start of the `ROSTER`
 * stream, ordered by entity and change; call once the outbox is published.
 */
export async function readAnnouncedChanges(
  connection: NatsConnection,
  importId: string,
): Promise<AnnouncedChange[]> {
  const counts = await subjectCounts(connection, Streams.roster.name)
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0)
  const consumer = await jetstream(connection).consumers.get(Streams.roster.name)
  const announced: AnnouncedChange[] = []

  for (let read = 0; read < total; read += 1) {
    const message = await consumer.next({ expires: 5000 })
    if (message === null)
      throw new Error(`the ROSTER stream ended after ${read} messages`)

    const event = message.json<RosterChanges>()
    if (event.data.importId !== importId) continue
    const sourcedIds = event.data.records.map((record) => record.sourcedId)
    announced.push({ entity: event.data.entity, change: event.data.change, sourcedIds })
  }

  return announced.sort(
    (left, right) =>
      left.entity.localeCompare(right.entity) || left.change.localeCompare(right.change),
  )
}
