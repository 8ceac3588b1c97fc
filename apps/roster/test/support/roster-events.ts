import { type RosterChanges, Streams } from "@homeroom/contracts"
import { DeliverPolicy, type JsMsg } from "@nats-io/jetstream"
import type { RosterFixture } from "./roster-fixture.js"

/** A message read back from a stream. */
export interface StoredMessage<Message = Record<string, unknown>> {
  readonly subject: string
  readonly message: Message
}

/**
 * Every message stored in a stream under `subject` (wildcards allowed), in stream
 * order, read with an ordered consumer as a subscriber would.
 */
export async function readStoredMessages<Message = Record<string, unknown>>(
  fixture: RosterFixture,
  stream: string,
  subject: string,
): Promise<StoredMessage<Message>[]> {
  const consumer = await fixture.jetstream().consumers.get(stream, {
    filter_subjects: subject,
    deliver_policy: DeliverPolicy.All,
  })
  const { num_pending: total } = await consumer.info()
  const received: JsMsg[] = []
  while (received.length < total) {
    const wanted = Math.min(100, total - received.length)
    for await (const message of await consumer.fetch({ max_messages: wanted })) {
      received.push(message)
    }
  }
  return received.map((message) => ({
    subject: message.subject,
    message: message.json<Message>(),
  }))
}

/** The roster change events stored under `subject` in the ROSTER stream. */
export function readStoredEvents(
  fixture: RosterFixture,
  subject: string,
): Promise<StoredMessage<RosterChanges>[]> {
  return readStoredMessages<RosterChanges>(fixture, Streams.roster.name, subject)
}
