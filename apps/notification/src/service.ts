import type { ServiceDefinition } from "@homeroom/service-kit"
import { NotificationVariables } from "./config/variables.js"
import { startOutcomeConsumer } from "./consumers/outcome-consumer.js"
import { createMailer } from "./mail/mailer.js"

/** The notification service: emails districts about their imports. */
export const notificationService: ServiceDefinition<typeof NotificationVariables> = {
  name: "notification",
  portVariable: "NOTIFICATION_PORT",
  variables: NotificationVariables,
  setup: async (context) => {
    const mailer = createMailer({
      smtpUrl: context.config.SMTP_URL,
      from: context.config.MAIL_FROM,
    })
    const consumer = startOutcomeConsumer(context, mailer)

    // The consumer finishes the email in hand before the transport closes.
    context.onShutdown(async () => {
      await consumer.stop()
      mailer.close()
    })
  },
}
