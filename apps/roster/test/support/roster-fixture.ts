import { createDistrict, type IssuedToken, issueToken } from "@homeroom/records"
import { type Database, type RunningService, startService } from "@homeroom/service-kit"
import {
  createTestDatabase,
  startNatsServer,
  type TestNatsServer,
} from "@homeroom/testing"
import type { JetStreamClient } from "@nats-io/jetstream"
import type { ObjectStore } from "@nats-io/obj"
import type { NatsConnection } from "@nats-io/transport-node"
import { migrateDatabase } from "../../src/db/migrate.js"
import { rosterService } from "../../src/service.js"

/** A district made for a test, with an administrator and a reader token. */
export interface TestDistrict {
  readonly districtId: string
  readonly administrator: IssuedToken
  readonly reader: IssuedToken
}

/** A roster service running in-process on its own database and NATS server. */
export interface RosterFixture {
  readonly start: () => Promise<void>
  readonly stop: () => Promise<void>
  readonly url: () => string
  readonly database: () => Database
  readonly jetstream: () => JetStreamClient
  readonly importFiles: () => ObjectStore
  readonly nats: () => TestNatsServer
  /** The service's own NATS connection. */
  readonly natsConnection: () => NatsConnection
  readonly databaseUrl: () => string
  readonly createTestDistrict: (name: string) => Promise<TestDistrict>
}

/**
 * Creates the fixture of one test file. Register `stop` with `afterAll` before calling
 * `start` in `beforeAll`: whatever started is stopped, even when starting failed midway.
 */
export function rosterFixture(environment: Record<string, string> = {}): RosterFixture {
  const stops: Array<() => Promise<void>> = []
  const state: {
    service?: RunningService<typeof rosterService.variables>
    nats?: TestNatsServer
    databaseUrl?: string
  } = {}
  const service = () => required(state.service, "service")

  return {
    async start() {
      const database = await createTestDatabase()
      stops.push(database.drop)
      state.databaseUrl = database.url
      await migrateDatabase(database.url)

      state.nats = await startNatsServer()
      stops.push(required(state.nats, "nats").destroy)

      state.service = await startService(rosterService, {
        environment: {
          DATABASE_URL: database.url,
          NATS_URL: state.nats.url,
          HOST: "127.0.0.1",
          LOG_LEVEL: "silent",
          ROSTER_PORT: "0",
          ROSTER_OUTBOX_POLL_MS: "100",
          ...environment,
        },
      })
      stops.push(required(state.service, "service").stop)
    },
    async stop() {
      for (const stop of stops.reverse()) await stop()
    },
    url: () => service().url,
    database: () => service().context.database,
    jetstream: () => service().context.jetstream,
    importFiles: () => service().context.importFiles,
    nats: () => required(state.nats, "nats"),
    natsConnection: () => service().context.nats.connection,
    databaseUrl: () => required(state.databaseUrl, "database"),
    async createTestDistrict(name) {
      const database = service().context.database
      const { districtId, token } = await createDistrict(database, { name })
      const reader = await issueToken(database, districtId, "reader", "test reader")
      return { districtId, administrator: token, reader }
    },
  }
}

function required<Value>(value: Value | undefined, what: string): Value {
  if (value === undefined) throw new Error(`the test ${what} has not started`)
  return value
}
