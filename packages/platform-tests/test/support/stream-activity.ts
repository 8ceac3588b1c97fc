import { Streams } from "@homeroom/contracts"
import { waitFor } from "@homeroom/testing"
import { jetstreamManager } from "@nats-io/jetstream"
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
