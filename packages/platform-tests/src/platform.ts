import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ingestService } from "@homeroom/ingest"
import { notificationService } from "@homeroom/notification"
import { createDistrict } from "@homeroom/records"
import { migrateDatabase, rosterService } from "@homeroom/roster"
import { type Database, openDatabase, startService } from "@homeroom/service-kit"
import {
  createTestDatabase,
  type SmtpSink,
  startNatsServer,
  startSmtpSink,
  type TestDatabase,
  type TestNatsServer,
} from "@homeroom/testing"
import { validationService } from "@homeroom/validation"

/** Which services run inside the test process; the others are left to the test. */
export interface PlatformOptions {
  readonly inProcess?: readonly ServiceName[]
  readonly ackWaitMs?: number
}

/** The whole platform on private infrastructure: its own database, NATS and mailbox. */
export interface Platform {
  readonly environment: Record<string, string>
  readonly database: Database
  readonly mailbox: SmtpSink
  readonly nats: TestNatsServer
  readonly urls: Partial<
    Record<"ingest" | "validation" | "roster" | "notification", string>
  >
  /** Creates a district with one recipient and returns its id and administrator token. */
  readonly createDistrict: (
    name: string,
  ) => Promise<{ districtId: string; token: string }>
  readonly stop: () => Promise<void>
}

type ServiceName = "ingest" | "validation" | "roster" | "notification"

/** Starts one service in this process; each has its own configuration type. */
function startNamedService(name: ServiceName, environment: Record<string, string>) {
  switch (name) {
    case "ingest":
      return startService(ingestService, { environment })
    case "validation":
      return startService(validationService, { environment })
    case "roster":
      return startService(rosterService, { environment })
    case "notification":
      return startService(notificationService, { environment })
  }
}

/**
 * Starts Postgres (a fresh database), a private nats-server, an SMTP listener and the
 * services, each on a free port, the way a deployment runs them but in one process.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const testDatabase = await createTestDatabase()
  const nats = await startNatsServer()
  const mailbox = await startSmtpSink()
  await migrateDatabase(testDatabase.url)

  const scratchDirectory = await mkdtemp(join(tmpdir(), "homeroom-platform-"))
  const environment = platformEnvironment(
    scratchDirectory,
    testDatabase,
    nats,
    mailbox,
    options.ackWaitMs,
  )
  const names = options.inProcess ?? ["ingest", "validation", "roster", "notification"]
  const running: Array<{ stop: () => Promise<void> }> = []
  const urls: Platform["urls"] = {}
  for (const name of names) {
    const service = await startNamedService(name, environment)
    running.push(service)
    urls[name] = service.url
  }

  const database = openDatabase(testDatabase.url, { applicationName: "platform-tests" })
  return {
    environment,
    database,
    mailbox,
    nats,
    urls,
    createDistrict: async (name) => {
      const created = await createDistrict(database, {
        name,
        notificationRecipients: ["roster-admin@district.example"],
      })
      return { districtId: created.districtId, token: created.token.token }
    },
    stop: async () => {
      await Promise.all(running.map((service) => service.stop()))
      await database.$client.end({ timeout: 5 })
      await mailbox.close()
      await nats.destroy()
      await testDatabase.drop()
      await rm(scratchDirectory, { recursive: true, force: true })
    },
  }
}

function platformEnvironment(
  scratchDirectory: string,
  database: TestDatabase,
  nats: TestNatsServer,
  mailbox: SmtpSink,
  ackWaitMs = 30_000,
): Record<string, string> {
  return {
    DATABASE_URL: database.url,
    NATS_URL: nats.url,
    SMTP_URL: mailbox.url,
    HOST: "127.0.0.1",
    LOG_LEVEL: process.env["LOG_LEVEL"] ?? "silent",
    INGEST_PORT: "0",
    VALIDATION_PORT: "0",
    ROSTER_PORT: "0",
    NOTIFICATION_PORT: "0",
    PUBLIC_BASE_URL: "https://roster.example",
    CONSUMER_ACK_WAIT_MS: `${ackWaitMs}`,
    SFTP_PORT: "0",
    SFTP_HOST_KEY_PATH: join(scratchDirectory, "sftp", "host_key"),
    SFTP_SCRATCH_PATH: scratchDirectory,
  }
}
