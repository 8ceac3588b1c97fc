import { mkdir, mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createDistrict, issueToken } from "@homeroom/records"
import { migrateDatabase } from "@homeroom/roster"
import { closeDatabase, type Database, openDatabase } from "@homeroom/service-kit"
import {
  createTestDatabase,
  type SmtpSink,
  startNatsServer,
  startSmtpSink,
  type TestNatsServer,
} from "@homeroom/testing"
import { type ServiceName, ServiceNames } from "../report/result.js"
import { type ServiceProcess, startServiceProcess } from "./service-process.js"

const runningPlatforms = new Set<() => Promise<void>>()

/** Stops every platform still running, as when the run is interrupted. */
export async function stopRunningPlatforms(): Promise<void> {
  await Promise.all([...runningPlatforms].map((stop) => stop()))
}

/** The district the benchmark imports into. */
export interface BenchDistrict {
  readonly districtId: string
  /** An administrator token, for uploads. */
  readonly administratorToken: string
  /** A reader token, as a front end would hold, for the read load. */
  readonly readerToken: string
}

/** The four services on private infrastructure, for one size. */
export interface BenchPlatform {
  readonly databaseUrl: string
  readonly database: Database
  readonly nats: TestNatsServer
  readonly mailbox: SmtpSink
  readonly services: Readonly<Record<ServiceName, ServiceProcess>>
  readonly district: BenchDistrict
  readonly stop: () => Promise<void>
}

/** Options of {@link startBenchPlatform}. */
export interface BenchPlatformOptions {
  /** Where each service's log file goes. */
  readonly logDirectory: string
  /** Node flags per service, such as `--cpu-prof` for validation. */
  readonly nodeFlags?: Partial<Record<ServiceName, readonly string[]>>
  /** Has Postgres log every statement of the run's database slower than this. */
  readonly slowStatementMs?: number
}

/**
 * Starts a fresh database (created beside the one DATABASE_URL names, dropped at the
 * end), a private nats-server with an empty JetStream store, an SMTP sink and the four
 * services as separate processes with their production defaults. Stream and bucket
 * names are fixed, so a private NATS server is the only way to leave a developer's
 * streams alone.
 */
export async function startBenchPlatform(
  options: BenchPlatformOptions,
): Promise<BenchPlatform> {
  const testDatabase = await createTestDatabase()
  const nats = await startNatsServer()
  const mailbox = await startSmtpSink()
  const scratch = await mkdtemp(join(tmpdir(), "homeroom-bench-"))
  const started: ServiceProcess[] = []

  let stopping: Promise<void> | undefined
  const stop = () => {
    stopping ??= (async () => {
      runningPlatforms.delete(stop)
      await Promise.all(started.map((service) => service.stop()))
      await mailbox.close()
      await nats.destroy()
      await testDatabase.drop()
      await rm(scratch, { recursive: true, force: true })
    })()
    return stopping
  }

  runningPlatforms.add(stop)
  try {
    await migrateDatabase(testDatabase.url)
    if (options.slowStatementMs !== undefined) {
      await logSlowStatements(testDatabase.url, options.slowStatementMs)
    }
    await mkdir(options.logDirectory, { recursive: true })
    const environment = serviceEnvironment(
      testDatabase.url,
      nats.url,
      mailbox.url,
      scratch,
    )
    for (const name of ServiceNames) {
      const service = await startServiceProcess(name, {
        environment,
        logPath: join(options.logDirectory, `${name}.log`),
        nodeFlags: options.nodeFlags?.[name],
      })
      started.push(service)
    }
  } catch (error) {
    await stop()
    throw error
  }

  const database = openDatabase(testDatabase.url, { applicationName: "homeroom-bench" })
  const district = await createBenchDistrict(database)
  return {
    databaseUrl: testDatabase.url,
    database,
    nats,
    mailbox,
    services: Object.fromEntries(
      started.map((service) => [service.name, service]),
    ) as Record<ServiceName, ServiceProcess>,
    district,
    stop: async () => {
      await closeDatabase(database, 5)
      await stop()
    },
  }
}

/** Applies to the connections the services open from now on, in this database only. */
async function logSlowStatements(databaseUrl: string, milliseconds: number) {
  const database = openDatabase(databaseUrl, { applicationName: "homeroom-bench" })
  const name = new URL(databaseUrl).pathname.slice(1)
  await database.$client.unsafe(
    `alter database "${name}" set log_min_duration_statement = ${Math.round(milliseconds)}`,
  )
  await closeDatabase(database, 5)
}

async function createBenchDistrict(database: Database): Promise<BenchDistrict> {
  const created = await createDistrict(database, {
    name: "Benchmark Unified School District",
    notificationRecipients: ["roster-admin@bench.example"],
  })
  const reader = await issueToken(database, created.districtId, "reader", "read load")
  return {
    districtId: created.districtId,
    administratorToken: created.token.token,
    readerToken: reader.token,
  }
}

// The services' own defaults apply to everything not named here, the log level
// included, so the figures are those of a production configuration.
function serviceEnvironment(
  databaseUrl: string,
  natsUrl: string,
  smtpUrl: string,
  scratch: string,
): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    NATS_URL: natsUrl,
    SMTP_URL: smtpUrl,
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
    PUBLIC_BASE_URL: "https://roster.example",
    SFTP_PORT: "0",
    SFTP_HOST_KEY_PATH: join(scratch, "sftp", "host_key"),
    SFTP_SCRATCH_PATH: scratch,
  }
}
