import { type ServiceDefinition, servicePort } from "@homeroom/service-kit"

const variables = {
  INGEST_PORT: servicePort("ingest", 3001),
}

/** The ingest service: its configuration and how it is wired. */
export const ingestService: ServiceDefinition<typeof variables> = {
  name: "ingest",
  portVariable: "INGEST_PORT",
  variables,
  setup: async () => {},
}
