import { ImportFilesBucket } from "@homeroom/contracts"
import { type JetStreamClient, jetstream } from "@nats-io/jetstream"
import { type ObjectStore, Objm, setSha256Backend } from "@nats-io/obj"
import type { FastifyInstance } from "fastify"
import type { DestinationStream } from "pino"
import { CommonVariables } from "../config/common.js"
import { type ConfigOf, type ConfigSpec, readConfig } from "../config/read-config.js"
import type { Variable } from "../config/variables.js"
import { createHttpServer } from "../http/create-http-server.js"
import { createLogger, type Logger } from "../logger.js"
import { connectNats, type NatsLink, pingNats } from "../nats/connection.js"
import { ensureTopology } from "../nats/topology.js"
import {
  closeDatabase,
  type Database,
  openDatabase,
  pingDatabase,
} from "../postgres/database.js"

/** The variables every service reads. */
export type CommonSpec = typeof CommonVariables

/** Everything a service's setup receives: its configuration and opened connections. */
export interface ServiceContext<Spec extends ConfigSpec> {
  readonly config: ConfigOf<Spec & CommonSpec>
  readonly logger: Logger
  readonly database: Database
  readonly nats: NatsLink
  readonly jetstream: JetStreamClient
  /** The bucket holding bundles and normalised files. */
  readonly importFiles: ObjectStore
  readonly app: FastifyInstance
  /** Registers work to stop before connections close, such as a consumer. */
  readonly onShutdown: (stop: () => Promise<void>) => void
}

/** What makes one service: its name, its port variable, its own variables, its setup. */
export interface ServiceDefinition<Spec extends ConfigSpec> {
  readonly name: string
  readonly portVariable: keyof Spec & string
  readonly variables: Spec
  readonly bodyLimit?: number
  readonly setup: (context: ServiceContext<Spec>) => Promise<void>
}

/** A started service. `stop` is idempotent. */
export interface RunningService<Spec extends ConfigSpec> {
  readonly context: ServiceContext<Spec>
  /** The base URL the HTTP server listens on, such as `http://127.0.0.1:3001`. */
  readonly url: string
  readonly stop: () => Promise<void>
}

/** Options for starting a service, mostly useful to tests. */
export interface StartOptions {
  readonly environment?: Record<string, string | undefined>
  readonly logDestination?: DestinationStream
}

/**
 * Starts a service: reads and checks its configuration (refusing to start on any
 * problem), connects to Postgres and NATS, declares the JetStream topology, runs the
 * service's setup and listens. Connections are opened here, once, and closed by `stop`.
 */
export async function startService<Spec extends ConfigSpec>(
  definition: ServiceDefinition<Spec>,
  options: StartOptions = {},
): Promise<RunningService<Spec>> {
  const spec = { ...CommonVariables, ...definition.variables } as Spec & CommonSpec
  const config = readConfig(spec, options.environment)
  const common = config as ConfigOf<CommonSpec>
  const logger = createLogger({
    service: definition.name,
    level: common.LOG_LEVEL,
    destination: options.logDestination,
  })

  const database = openDatabase(common.DATABASE_URL, {
    applicationName: `homeroom-${definition.name}`,
  })
  const nats = await connectNats({
    url: common.NATS_URL,
    name: `homeroom-${definition.name}`,
    logger,
  })
  await ensureTopology(nats.connection, { ackWaitMs: common.CONSUMER_ACK_WAIT_MS })
  const client = jetstream(nats.connection)
  // The Object Store checksums every chunk; its default pure-JavaScript SHA-256 is
  // several times slower than Node's own, which bounds how fast bundles move.
  setSha256Backend("native")
  const importFiles = await new Objm(client).open(ImportFilesBucket)

  const app = createHttpServer({
    logger,
    bodyLimit: definition.bodyLimit,
    checks: [
      { name: "postgres", check: () => pingDatabase(database) },
      { name: "nats", check: () => pingNats(nats) },
    ],
  })
  const stoppers: Array<() => Promise<void>> = []
  const context: ServiceContext<Spec> = {
    config,
    logger,
    database,
    nats,
    jetstream: client,
    importFiles,
    app,
    onShutdown: (stop) => stoppers.push(stop),
  }
  await definition.setup(context)

  const port = config[definition.portVariable] as number
  const address = await app.listen({ host: common.HOST, port })
  logger.info({ address }, "service started")

  const stop = once(() => stopService(context, stoppers, common.SHUTDOWN_TIMEOUT_MS))
  return { context, url: listeningUrl(app), stop }
}

/**
 * Shuts down in dependency order: stop taking HTTP requests and finish those in flight,
 * stop consumers (each finishes the message in hand), drain NATS so nothing published is
 * lost, then close Postgres.
 */
async function stopService<Spec extends ConfigSpec>(
  context: ServiceContext<Spec>,
  stoppers: ReadonlyArray<() => Promise<void>>,
  timeoutMs: number,
) {
  context.logger.info("service stopping")
  await context.app.close()
  await Promise.all(stoppers.map((stop) => stop()))
  await context.nats.connection.drain().catch((error: unknown) => {
    context.logger.warn({ err: error }, "nats drain failed")
  })
  await closeDatabase(context.database, Math.ceil(timeoutMs / 1000))
  context.logger.info("service stopped")
}

function listeningUrl(app: FastifyInstance): string {
  const address = app.server.address()
  if (address === null || typeof address === "string") return String(address)
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address
  return `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${address.port}`
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined
  return () => {
    running ??= action()
    return running
  }
}

export type { Variable }
