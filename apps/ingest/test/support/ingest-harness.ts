import { mkdir, mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Writable } from "node:stream"
import { createDistrict, issueToken, migrateRecords } from "@homeroom/records"
import { type RunningService, startService } from "@homeroom/service-kit"
import { createTestDatabase, startNatsServer } from "@homeroom/testing"
import { type JetStreamManager, jetstreamManager } from "@nats-io/jetstream"
import { ingestService } from "../../src/index.js"

type IngestVariables = (typeof ingestService)["variables"]

/** A district with one token of each role. */
export interface TestDistrict {
  readonly districtId: string
  readonly administratorToken: string
  readonly readerToken: string
}

/** A running ingest service on its own database and NATS server. */
export interface IngestHarness {
  readonly service: RunningService<IngestVariables>
  readonly streams: JetStreamManager
  readonly district: TestDistrict
  readonly otherDistrict: TestDistrict
  /** Where the SFTP host key is kept. */
  readonly hostKeyPath: string
  /** Where the SFTP drop folder keeps files while they are uploaded. */
  readonly scratchPath: string
}

/**
 * Starts ingest in-process against a fresh database and a private NATS server, with its
 * SFTP drop folder on a port of the system's choosing and its host key and scratch
 * space in a private directory. Each resource's cleanup is handed to `onCleanup` as
 * soon as it exists, so a failed start still tears down what it made.
 */
export async function startIngest(
  onCleanup: (cleanup: () => Promise<void>) => void,
  options: { variables?: Record<string, string>; logDestination?: Writable } = {},
): Promise<IngestHarness> {
  const database = await createTestDatabase()
  onCleanup(database.drop)
  const nats = await startNatsServer()
  onCleanup(nats.destroy)

  const sftpDirectory = await mkdtemp(join(tmpdir(), "homeroom-ingest-sftp-"))
  onCleanup(() => rm(sftpDirectory, { recursive: true, force: true }))
  const hostKeyPath = join(sftpDirectory, "keys", "host_key")
  const scratchPath = join(sftpDirectory, "scratch")
  await mkdir(scratchPath)

  await migrateRecords(database.url)
  const service = await startService(ingestService, {
    environment: {
      DATABASE_URL: database.url,
      NATS_URL: nats.url,
      HOST: "127.0.0.1",
      LOG_LEVEL: options.logDestination ? "info" : "silent",
      INGEST_PORT: "0",
      SFTP_PORT: "0",
      SFTP_HOST_KEY_PATH: hostKeyPath,
      SFTP_SCRATCH_PATH: scratchPath,
      ...options.variables,
    },
    logDestination: options.logDestination,
  })
  onCleanup(service.stop)

  return {
    service,
    streams: await jetstreamManager(service.context.nats.connection),
    district: await createTestDistrict(service, "Maple Valley Unified"),
    otherDistrict: await createTestDistrict(service, "Cedar Ridge Schools"),
    hostKeyPath,
    scratchPath,
  }
}

async function createTestDistrict(
  service: RunningService<IngestVariables>,
  name: string,
): Promise<TestDistrict> {
  const { database } = service.context
  const created = await createDistrict(database, { name })
  const reader = await issueToken(database, created.districtId, "reader", "dashboard")
  return {
    districtId: created.districtId,
    administratorToken: created.token.token,
    readerToken: reader.token,
  }
}

/** Runs cleanups newest first, so the service stops before its database is dropped. */
export function cleanupList() {
  const cleanups: Array<() => Promise<void>> = []
  return {
    add: (cleanup: () => Promise<void>) => {
      cleanups.push(cleanup)
    },
    run: async () => {
      for (const cleanup of cleanups.reverse()) await cleanup()
    },
  }
}
