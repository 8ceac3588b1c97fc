import type { Database, Logger } from "@homeroom/service-kit"
import type { JetStreamClient } from "@nats-io/jetstream"
import { publishPending } from "./publish-pending.js"

/** Options of {@link startOutboxPublisher}. */
export interface OutboxPublisherOptions {
  readonly database: Database
  readonly jetstream: JetStreamClient
  readonly logger: Logger
  /** How long the publisher rests when the outbox is empty. */
  readonly pollMs: number
  /** The largest message the NATS server accepts, in bytes. */
  readonly maxPayload: number
}

/** A running publisher. */
export interface OutboxPublisher {
  /** Publishes now rather than at the next poll, as right after an import applied. */
  readonly wake: () => void
  /** Stops after the round in hand. */
  readonly stop: () => Promise<void>
}

// A round holds its rendered messages in memory: 25 batches of 500 records stay near
// 5 MB of JSON.
const BatchSize = 25

/**
 * Publishes the outbox in the background: round after round while rows are waiting,
 * then a rest of `pollMs`, cut short by `wake`. A failed round (NATS or Postgres away)
 * is logged and retried after the rest; nothing is lost, since rows stay unpublished.
 */
export function startOutboxPublisher(options: OutboxPublisherOptions): OutboxPublisher {
  const state = { running: true, woken: false, rest: () => {} }
  const wake = () => {
    state.woken = true
    state.rest()
  }
  const loop = runLoop(options, state)
  return {
    wake,
    async stop() {
      state.running = false
      wake()
      await loop
    },
  }
}

async function runLoop(
  options: OutboxPublisherOptions,
  state: { running: boolean; woken: boolean; rest: () => void },
) {
  while (state.running) {
    state.woken = false
    const published = await publishRound(options)
    if (published === BatchSize || state.woken || !state.running) continue
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.pollMs)
      state.rest = () => {
        clearTimeout(timer)
        resolve()
      }
    })
  }
}

async function publishRound(options: OutboxPublisherOptions): Promise<number> {
  try {
    return await publishPending({ ...options, batchSize: BatchSize })
  } catch (error) {
    options.logger.warn({ err: error }, "outbox publishing failed, will retry")
    return 0
  }
}
