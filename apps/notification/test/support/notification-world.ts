import { randomUUID } from "node:crypto"
import {
  Consumers,
  type ImportOutcome,
  type ImportOutcomeStatus,
  importOutcomeSubject,
} from "@homeroom/contracts"
import { importNotifications, migrateRecords } from "@homeroom/records"
import {
  type Database,
  ensureTopology,
  openDatabase,
  publishMessage,
  type RunningService,
  startService,
} from "@homeroom/service-kit"
import {
  captureLogs,
  createTestDatabase,
  type LogCapture,
  type ReceivedMail,
  type SmtpSink,
  startNatsServer,
  startSmtpSink,
  type TestDatabase,
  type TestNatsServer,
  waitFor,
} from "@homeroom/testing"
import {
  type JetStreamClient,
  type JetStreamManager,
  jetstream,
  jetstreamManager,
} from "@nats-io/jetstream"
import { connect } from "@nats-io/transport-node"
import { eq } from "drizzle-orm"
import { notificationService } from "../../src/index.js"

/** A row of `import_notifications`. */
export type DeliveryRow = typeof importNotifications.$inferSelect

/** A running copy of the notification service and the log lines it wrote. */
export interface NotificationCopy {
  readonly service: RunningService<typeof notificationService.variables>
  readonly logs: LogCapture
}

/**
 * Everything a notification test needs, private to one test file: a database with the
 * platform's records, a NATS server, an SMTP sink, and copies of the service.
 */
export interface NotificationWorld {
  readonly database: Database
  readonly smtp: SmtpSink
  /** Starts a copy of the service; it is stopped by `close`, or earlier by the caller. */
  readonly startCopy: (environment?: Record<string, string>) => Promise<NotificationCopy>
  /** Publishes an outcome as the pipeline would; `id` defaults to a fresh one. */
  readonly publishOutcome: (
    districtId: string,
    importId: string,
    status: ImportOutcomeStatus,
    id?: string,
    occurrence?: number,
  ) => Promise<ImportOutcome>
  /** Waits until every published outcome has been handled and acknowledged. */
  readonly waitUntilHandled: () => Promise<void>
  /** The emails the sink received about one import. */
  readonly emailsAbout: (importId: string) => ReceivedMail[]
  /** The rows recording an import's emails. */
  readonly deliveriesOf: (importId: string) => Promise<DeliveryRow[]>
  readonly close: () => Promise<void>
}

/** Starts the world; call `close` in afterAll whatever happened. */
export async function startNotificationWorld(): Promise<NotificationWorld> {
  const closers: Array<() => Promise<unknown>> = []
  const close = async () => {
    for (const closer of closers.reverse()) await closer()
  }
  try {
    return await buildWorld(closers, close)
  } catch (error) {
    await close()
    throw error
  }
}

async function buildWorld(
  closers: Array<() => Promise<unknown>>,
  close: () => Promise<void>,
): Promise<NotificationWorld> {
  const testDatabase: TestDatabase = await createTestDatabase()
  closers.push(() => testDatabase.drop())
  await migrateRecords(testDatabase.url)
  const database = openDatabase(testDatabase.url, {
    applicationName: "notification-test",
  })
  closers.push(() => database.$client.end({ timeout: 5 }))

  const nats: TestNatsServer = await startNatsServer()
  closers.push(() => nats.destroy())
  const smtp = await startSmtpSink()
  closers.push(() => smtp.close())

  const startCopy = async (environment: Record<string, string> = {}) => {
    const logs = captureLogs()
    const service = await startService(notificationService, {
      environment: {
        DATABASE_URL: testDatabase.url,
        NATS_URL: nats.url,
        HOST: "127.0.0.1",
        LOG_LEVEL: "info",
        NOTIFICATION_PORT: "0",
        SMTP_URL: smtp.url,
        PUBLIC_BASE_URL: "https://homeroom.example.org/api",
        NOTIFICATION_RETRY_DELAY_MS: "50",
        ...environment,
      },
      logDestination: logs.destination,
    })
    closers.push(() => service.stop())
    return { service, logs }
  }

  const connection = await connect({ servers: nats.url })
  closers.push(() => connection.close())
  await ensureTopology(connection, { ackWaitMs: 30_000 })
  const client = jetstream(connection)
  const manager = await jetstreamManager(connection)

  return {
    database,
    smtp,
    startCopy,
    publishOutcome: (districtId, importId, status, id = randomUUID(), occurrence) =>
      publishOutcome(client, { districtId, importId, status, id, occurrence }),
    waitUntilHandled: () => waitUntilHandled(manager),
    emailsAbout: (importId) =>
      smtp.messages.filter((mail) =>
        String(mail.headers.get("message-id")).includes(importId),
      ),
    deliveriesOf: (importId) =>
      database
        .select()
        .from(importNotifications)
        .where(eq(importNotifications.importId, importId)),
    close,
  }
}

async function publishOutcome(
  client: JetStreamClient,
  outcome: {
    districtId: string
    importId: string
    status: ImportOutcomeStatus
    id: string
    occurrence: number | undefined
  },
): Promise<ImportOutcome> {
  const message: ImportOutcome = {
    type: "import.outcome",
    version: 1,
    id: outcome.id,
    occurredAt: new Date().toISOString(),
    districtId: outcome.districtId,
    data: {
      importId: outcome.importId,
      status: outcome.status,
      ...(outcome.occurrence ? { occurrence: outcome.occurrence } : {}),
    },
  }
  await publishMessage(client, importOutcomeSubject(outcome.status), message)
  return message
}

async function waitUntilHandled(manager: JetStreamManager): Promise<void> {
  const { stream, durable } = Consumers.notification
  await waitFor(
    async () => {
      const info = await manager.consumers.info(stream, durable)
      return info.num_pending === 0 && info.num_ack_pending === 0
    },
    { what: "every outcome handled" },
  )
}
