import { authentication } from "@homeroom/records"
import { integer, type ServiceDefinition, servicePort } from "@homeroom/service-kit"
import { startApplyConsumers } from "./consumers/apply-consumers.js"
import { startOutboxPublisher } from "./outbox/outbox-publisher.js"
import { importReviewRoutes } from "./routes/import-review-routes.js"
import { listRoutes } from "./routes/list-routes.js"
import { recordRoutes } from "./routes/record-routes.js"

const variables = {
  ROSTER_PORT: servicePort("roster", 3003),
  ROSTER_OUTBOX_POLL_MS: integer({
    description: "how often the outbox is checked for events to publish when idle",
    default: "1000",
    min: 10,
    max: 60_000,
  }),
}

/** The NATS server's default `max_payload`, used when the server does not say. */
const DefaultMaxPayload = 1024 * 1024

/**
 * The roster service: applies validated imports to the roster, publishes roster change
 * events through its outbox, and serves the roster over REST.
 */
export const rosterService: ServiceDefinition<typeof variables> = {
  name: "roster",
  portVariable: "ROSTER_PORT",
  variables,
  setup: async (context) => {
    const { database, logger } = context
    await context.app.register(authentication, { database })
    await context.app.register(listRoutes, { database })
    await context.app.register(recordRoutes, { database })

    const publisher = startOutboxPublisher({
      database,
      jetstream: context.jetstream,
      logger,
      pollMs: context.config.ROSTER_OUTBOX_POLL_MS,
      maxPayload: context.nats.connection.info?.max_payload ?? DefaultMaxPayload,
    })
    await context.app.register(importReviewRoutes, {
      database,
      onEventsQueued: publisher.wake,
    })

    const consumerOptions = {
      database,
      importFiles: context.importFiles,
      logger,
      jetstream: context.jetstream,
      ackWaitMs: context.config.CONSUMER_ACK_WAIT_MS,
      onEventsQueued: publisher.wake,
    }
    const consumers = startApplyConsumers(consumerOptions)
    context.onShutdown(async () => {
      await Promise.all(consumers.map((consumer) => consumer.stop()))
      await publisher.stop()
    })
  },
}
