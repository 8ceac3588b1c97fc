import { type ServiceDefinition, servicePort } from "@homeroom/service-kit"

const variables = {
  NOTIFICATION_PORT: servicePort("notification", 3004),
}

/** The notification service: its configuration and how it is wired. */
export const notificationService: ServiceDefinition<typeof variables> = {
  name: "notification",
  portVariable: "NOTIFICATION_PORT",
  variables,
  setup: async () => {},
}
