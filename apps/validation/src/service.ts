import { Consumers, type ImportReceived, ImportReceivedSchema } from "@homeroom/contracts"
import {
  createMessageReader,
  integer,
  type ServiceDefinition,
  servicePort,
  startWorkConsumer,
} from "@homeroom/service-kit"
import { validationHandler } from "./consumers/validate-import.js"

const variables = {
  VALIDATION_PORT: servicePort("validation", 3002),
  STORED_PROBLEM_LIMIT: integer({
    description: "how many problems of one import are stored for its report",
    default: "100000",
    min: 100,
    max: 10_000_000,
  }),
}

/** The validation service: checks each received bundle and hands on its valid rows. */
export const validationService: ServiceDefinition<typeof variables> = {
  name: "validation",
  portVariable: "VALIDATION_PORT",
  variables,
  setup: async (context) => {
    const consumer = startWorkConsumer<ImportReceived>({
      jetstream: context.jetstream,
      stream: Consumers.validation.stream,
      durable: Consumers.validation.durable,
      reader: createMessageReader(ImportReceivedSchema),
      logger: context.logger,
      ackWaitMs: context.config.CONSUMER_ACK_WAIT_MS,
      handler: validationHandler({
        database: context.database,
        importFiles: context.importFiles,
        jetstream: context.jetstream,
        logger: context.logger,
        storedProblemLimit: context.config.STORED_PROBLEM_LIMIT,
      }),
    })
    context.onShutdown(consumer.stop)
  },
}
