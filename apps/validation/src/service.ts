import { type ServiceDefinition, servicePort } from "@homeroom/service-kit"

const variables = {
  VALIDATION_PORT: servicePort("validation", 3002),
}

/** The validation service: its configuration and how it is wired. */
export const validationService: ServiceDefinition<typeof variables> = {
  name: "validation",
  portVariable: "VALIDATION_PORT",
  variables,
  setup: async () => {},
}
