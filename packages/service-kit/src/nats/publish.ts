import type { JetStreamClient } from "@nats-io/jetstream"

/**
 * Publishes a platform message to JetStream and waits for the stream to store it. The
 * message id doubles as the de-duplication id, so publishing the same message twice
 * (after a crash, say) stores it once.
 */
export async function publishMessage(
  jetstream: JetStreamClient,
  subject: string,
  message: { readonly id: string },
): Promise<void> {
  await jetstream.publish(subject, JSON.stringify(message), { msgID: message.id })
}
