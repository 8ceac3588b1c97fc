import { authentication } from "@homeroom/records"
import { integer, type ServiceDefinition, servicePort } from "@homeroom/service-kit"
import type { IngestDependencies } from "./imports/receive-bundle.js"
import { importRoute } from "./routes/import-route.js"
import { listRoute } from "./routes/list-route.js"
import { uploadRoute } from "./routes/upload-route.js"

const variables = {
  INGEST_PORT: servicePort("ingest", 3001),
  MAX_UPLOAD_BYTES: integer({
    description: "largest bundle an upload may carry, in bytes",
    default: `${256 * 1024 * 1024}`,
    min: 1,
  }),
}

/** The ingest service: its configuration and how it is wired. */
export const ingestService: ServiceDefinition<typeof variables> = {
  name: "ingest",
  portVariable: "INGEST_PORT",
  variables,
  setup: async (context) => {
    const dependencies: IngestDependencies = {
      database: context.database,
      jetstream: context.jetstream,
      importFiles: context.importFiles,
      logger: context.logger,
      maxUploadBytes: context.config.MAX_UPLOAD_BYTES,
    }

    await context.app.register(authentication, { database: context.database })
    await context.app.register(uploadRoute(dependencies))
    await context.app.register(importRoute(context.database))
    await context.app.register(listRoute(context.database))
  },
}
