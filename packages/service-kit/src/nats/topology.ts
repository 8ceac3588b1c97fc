import { Consumers, ImportFilesBucket, Streams } from "@homeroom/contracts"
import {
  AckPolicy,
  DeliverPolicy,
  type JetStreamManager,
  jetstreamManager,
  type StreamConfig,
} from "@nats-io/jetstream"
import { Objm } from "@nats-io/obj"
import type { NatsConnection } from "@nats-io/transport-node"

/** Options of {@link ensureTopology}. */
export interface TopologyOptions {
  /** How long JetStream waits for an ack or a sign of life before redelivering. */
  readonly ackWaitMs: number
}

const DuplicateWindowNanos = 2 * 60 * 60 * 1e9
const MaxDeliveries = 20

/**
 * Creates, or brings up to date, the streams, durable consumers and Object Store bucket
 * of the platform. Every service runs this at start; it is idempotent, so copies
 * starting together agree on one topology.
 */
export async function ensureTopology(
  connection: NatsConnection,
  options: TopologyOptions,
) {
  const manager = await jetstreamManager(connection)

  for (const stream of Object.values(Streams)) {
    await ensureStream(manager, stream.name, [...stream.subjects])
  }
  for (const consumer of Object.values(Consumers)) {
    await ensureConsumer(manager, consumer, options.ackWaitMs)
  }
  await new Objm(manager.jetstream()).create(ImportFilesBucket)
}

async function ensureStream(manager: JetStreamManager, name: string, subjects: string[]) {
  const wanted: Partial<StreamConfig> & { name: string } = {
    name,
    subjects,
    duplicate_window: DuplicateWindowNanos,
  }
  try {
    await manager.streams.info(name)
    await manager.streams.update(name, wanted)
  } catch (error) {
    if (!isNotFound(error)) throw error
    await manager.streams.add(wanted)
  }
}

async function ensureConsumer(
  manager: JetStreamManager,
  consumer: { stream: string; durable: string; filterSubject: string },
  ackWaitMs: number,
) {
  const config = {
    durable_name: consumer.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: consumer.filterSubject,
    ack_wait: ackWaitMs * 1e6,
    max_deliver: MaxDeliveries,
  }
  try {
    await manager.consumers.info(consumer.stream, consumer.durable)
    await manager.consumers.update(consumer.stream, consumer.durable, config)
  } catch (error) {
    if (!isNotFound(error)) throw error
    await manager.consumers.add(consumer.stream, config)
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && /not found/i.test(error.message)
}
