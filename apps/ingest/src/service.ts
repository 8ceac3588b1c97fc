import { tmpdir } from "node:os"
import { authentication } from "@homeroom/records"
import {
  integer,
  port,
  type ServiceDefinition,
  servicePort,
  text,
} from "@homeroom/service-kit"
import type { IngestDependencies } from "./imports/receive-bundle.js"
import { importRoute } from "./routes/import-route.js"
import { listRoute } from "./routes/list-route.js"
import { problemsRoute } from "./routes/problems-route.js"
import { processRoute } from "./routes/process-route.js"
import { settingsHistoryRoute } from "./routes/settings-history-route.js"
import { settingsRoute } from "./routes/settings-route.js"
import { settingsSaveRoute } from "./routes/settings-save-route.js"
import { sftpCredentialsRoute } from "./routes/sftp-credentials-route.js"
import { sftpPublicKeysRoute } from "./routes/sftp-public-keys-route.js"
import { sftpRotateRoute } from "./routes/sftp-rotate-route.js"
import { uploadRoute } from "./routes/upload-route.js"
import { startDropFolder } from "./sftp/start-drop-folder.js"

const variables = {
  INGEST_PORT: servicePort("ingest", 3001),
  MAX_UPLOAD_BYTES: integer({
    description: "largest bundle an upload may carry, in bytes",
    default: `${256 * 1024 * 1024}`,
    min: 1,
  }),
  SFTP_PORT: port({
    description: "port the SFTP drop folder listens on (22 in production)",
    default: "2222",
  }),
  SFTP_HOST_KEY_PATH: text({
    description: "SFTP host key file, created if missing; every copy must share it",
    default: ".data/sftp/host_key",
  }),
  SFTP_PUBLIC_HOST: text({
    description: "host name districts are told to connect to by SFTP",
    default: "localhost",
  }),
  SFTP_PUBLIC_PORT: port({
    description: "port districts are told to connect to by SFTP; 0 means SFTP_PORT",
    default: "0",
  }),
  SFTP_SCRATCH_PATH: text({
    description: "local directory holding files while they are uploaded by SFTP",
    default: tmpdir(),
  }),
  SFTP_LOCKOUT_FAILURES: integer({
    description: "failed SFTP sign-ins that lock an address or username out",
    default: "10",
    min: 1,
  }),
  SFTP_LOCKOUT_MINUTES: integer({
    description: "how long SFTP sign-in failures count, and how long a lockout lasts",
    default: "15",
    min: 1,
  }),
  SFTP_FAILURE_DELAY_MS: integer({
    description: "added wait before answering an SFTP sign-in, per recent failure",
    default: "500",
    min: 0,
    max: 60_000,
  }),
}

/** The ingest service: its configuration and how it is wired. */
export const ingestService: ServiceDefinition<typeof variables> = {
  name: "ingest",
  portVariable: "INGEST_PORT",
  variables,
  setup: async (context) => {
    const { config } = context
    const dependencies: IngestDependencies = {
      database: context.database,
      jetstream: context.jetstream,
      importFiles: context.importFiles,
      logger: context.logger,
      maxUploadBytes: config.MAX_UPLOAD_BYTES,
    }

    const dropFolder = await startDropFolder(dependencies, {
      host: config.HOST,
      port: config.SFTP_PORT,
      hostKeyPath: config.SFTP_HOST_KEY_PATH,
      publicHost: config.SFTP_PUBLIC_HOST,
      publicPort: config.SFTP_PUBLIC_PORT,
      scratchPath: config.SFTP_SCRATCH_PATH,
      lockoutFailures: config.SFTP_LOCKOUT_FAILURES,
      lockoutMinutes: config.SFTP_LOCKOUT_MINUTES,
      failureDelayMs: config.SFTP_FAILURE_DELAY_MS,
    })
    context.onShutdown(dropFolder.server.close)

    const { database } = context
    await context.app.register(authentication, { database })
    await context.app.register(uploadRoute(dependencies))
    await context.app.register(importRoute(database))
    await context.app.register(listRoute(database))
    await context.app.register(problemsRoute(database))
    await context.app.register(processRoute(dependencies))
    await context.app.register(settingsRoute(database))
    await context.app.register(settingsSaveRoute(database))
    await context.app.register(settingsHistoryRoute(database))
    await context.app.register(sftpCredentialsRoute(database, dropFolder.endpoint))
    await context.app.register(sftpRotateRoute(database, dropFolder.endpoint))
    await context.app.register(sftpPublicKeysRoute(database, dropFolder.endpoint))
  },
}
