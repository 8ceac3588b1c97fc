import type {
  Consumer,
  ConsumerMessages,
  JetStreamClient,
  JsMsg,
} from "@nats-io/jetstream"
import type { Logger } from "../logger.js"
import type { MessageReader } from "../messages/message-reader.js"

/** What a service does with each message of its durable consumer. */
export interface WorkHandler<Message> {
  /** Does the work. Resolving acknowledges the message; throwing retries it later. */
  readonly handle: (message: Message, delivery: DeliveryContext) => Promise<void>
  /**
   * Called instead of retrying once a message has failed `maxAttempts` times, so the
   * service can record the failure (an import becomes `failed`) before it is dropped.
   */
  readonly giveUp: (message: Message, error: unknown) => Promise<void>
}

/** What a handler knows about the delivery it is working on. */
export interface DeliveryContext {
  /** 1 for the first delivery, more for redeliveries. */
  readonly attempt: number
}

/** Options of {@link startWorkConsumer}. */
export interface WorkConsumerOptions<Message> {
  readonly jetstream: JetStreamClient
  readonly stream: string
  readonly durable: string
  readonly reader: MessageReader<Message>
  readonly handler: WorkHandler<Message>
  readonly logger: Logger
  /** The consumer's ack wait; a sign of life is sent at a third of it. */
  readonly ackWaitMs: number
  readonly maxAttempts?: number
  readonly retryDelayMs?: number
}

/** A running consumer; `stop` stops taking work and waits for the message in hand. */
export interface WorkConsumer {
  readonly stop: () => Promise<void>
}

/**
 * How long one pull waits for a message. A message that reaches a pull in the instant
 * it expires is lost to it and redelivered only after the ack wait, so the pull must
 * outlast the retry delay by a margin: with both at one second, a retried message
 * became available just as the pull ended, and sometimes waited the whole ack wait.
 */
const PollMs = 5000

/**
 * Takes messages one at a time from a durable consumer shared by every copy of the
 * service, so each message is worked on by one copy. While a message is in hand the
 * consumer tells JetStream it is still working, so long imports are not redelivered to
 * another copy; if this copy dies, the silence lets JetStream redeliver.
 */
export function startWorkConsumer<Message>(
  options: WorkConsumerOptions<Message>,
): WorkConsumer {
  const state: LoopState = { running: true }
  const loop = runLoop(options, state)
  return {
    async stop() {
      state.running = false
      // Ends a pull still waiting, so stopping does not wait for it to expire.
      state.pull?.stop()
      await loop
    },
  }
}

interface LoopState {
  running: boolean
  /** The pull waiting for a message, if any. */
  pull?: ConsumerMessages
}

async function runLoop<Message>(options: WorkConsumerOptions<Message>, state: LoopState) {
  let consumer: Consumer | undefined
  while (state.running) {
    try {
      consumer ??= await options.jetstream.consumers.get(options.stream, options.durable)
      state.pull = await consumer.fetch({ max_messages: 1, expires: PollMs })
      if (!state.running) state.pull.stop()
      for await (const delivery of state.pull) await processDelivery(options, delivery)
    } catch (error) {
      consumer = undefined
      options.logger.warn(
        { err: error, durable: options.durable },
        "consumer pull failed",
      )
      await pause(options.retryDelayMs ?? 1000)
    }
  }
}

async function processDelivery<Message>(
  options: WorkConsumerOptions<Message>,
  delivery: JsMsg,
) {
  const log = options.logger.child({ subject: delivery.subject, seq: delivery.seq })
  let message: Message
  try {
    message = options.reader.read(delivery.subject, delivery.data)
  } catch (error) {
    log.error({ err: error }, "message refused")
    // nats-server 2.9 ignores a terminate that carries a reason, so none is given.
    delivery.term()
    return
  }

  const heartbeat = setInterval(() => delivery.working(), options.ackWaitMs / 3)
  try {
    await options.handler.handle(message, { attempt: delivery.info.deliveryCount })
    await delivery.ackAck()
  } catch (error) {
    await settleFailure(options, delivery, message, error, log)
  } finally {
    clearInterval(heartbeat)
  }
}

async function settleFailure<Message>(
  options: WorkConsumerOptions<Message>,
  delivery: JsMsg,
  message: Message,
  error: unknown,
  log: Logger,
) {
  const attempt = delivery.info.deliveryCount
  if (attempt < (options.maxAttempts ?? 5)) {
    log.warn({ err: error, attempt }, "work failed, will retry")
    delivery.nak(options.retryDelayMs ?? 1000)
    return
  }
  log.error({ err: error, attempt }, "work failed, giving up")
  await options.handler.giveUp(message, error)
  delivery.term()
}

function pause(milliseconds: number) {
  return new Promise((resolve) => setTimeout(resolve, milliseconds))
}
