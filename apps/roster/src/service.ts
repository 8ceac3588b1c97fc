import { type ServiceDefinition, servicePort } from "@homeroom/service-kit"

const variables = {
  ROSTER_PORT: servicePort("roster", 3003),
}

/** The roster service: its configuration and how it is wired. */
export const rosterService: ServiceDefinition<typeof variables> = {
  name: "roster",
  portVariable: "ROSTER_PORT",
  variables,
  setup: async () => {},
}
