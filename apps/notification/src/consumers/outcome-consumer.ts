import { Consumers, type ImportOutcome, ImportOutcomeSchema } from "@homeroom/contracts"
import {
  createMessageReader,
  type ServiceContext,
  startWorkConsumer,
  type WorkConsumer,
} from "@homeroom/service-kit"
import type { NotificationVariables } from "../config/variables.js"
import type { Mailer } from "../mail/mailer.js"
import { notifyOutcome, reportNotSent } from "../notifications/notify-outcome.js"

/**
 * Attempts per outcome: the IMPORTS consumers' max_deliver (service-kit topology).
 * Emails wait out SMTP outages of minutes, so they use every delivery JetStream allows;
 * one more and JetStream would stop redelivering before `giveUp` could log the loss.
 */
const MaxAttempts = 20

/** Takes import outcomes from the shared `notification` durable and emails them. */
export function startOutcomeConsumer(
  context: ServiceContext<typeof NotificationVariables>,
  mailer: Mailer,
): WorkConsumer {
  const dependencies = {
    database: context.database,
    mailer,
    logger: context.logger,
    from: context.config.MAIL_FROM,
    publicBaseUrl: context.config.PUBLIC_BASE_URL,
  }
  return startWorkConsumer<ImportOutcome>({
    jetstream: context.jetstream,
    stream: Consumers.notification.stream,
    durable: Consumers.notification.durable,
    reader: createMessageReader(ImportOutcomeSchema),
    handler: {
      handle: (message) => notifyOutcome(dependencies, message),
      giveUp: (message) => reportNotSent(dependencies, message, MaxAttempts),
    },
    logger: context.logger,
    ackWaitMs: context.config.CONSUMER_ACK_WAIT_MS,
    maxAttempts: MaxAttempts,
    retryDelayMs: context.config.NOTIFICATION_RETRY_DELAY_MS,
  })
}
