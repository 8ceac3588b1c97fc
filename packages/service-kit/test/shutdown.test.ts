import { Consumers, type ImportOutcome, ImportOutcomeSchema } from "@homeroom/contracts"
import {
  createTestDatabase,
  startNatsServer,
  type TestDatabase,
  type TestNatsServer,
  waitFor,
} from "@homeroom/testing"
import { jetstreamManager } from "@nats-io/jetstream"
import { connect } from "@nats-io/transport-node"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  createMessageReader,
  publishMessage,
  type ServiceDefinition,
  servicePort,
  startService,
  startWorkConsumer,
} from "../src/index.js"

const variables = { WORKER_PORT: servicePort("worker", 0) }

describe("graceful shutdown", () => {
  let database: TestDatabase
  let nats: TestNatsServer

  beforeAll(async () => {
    database = await createTestDatabase()
    nats = await startNatsServer()
  })
  afterAll(async () => {
    await nats?.destroy()
    await database?.drop()
  })

  it("finishes the message in hand and acknowledges it before closing", async () => {
    const events: string[] = []
    const worker: ServiceDefinition<typeof variables> = {
      name: "worker",
      portVariable: "WORKER_PORT",
      variables,
      setup: async (context) => {
        const consumer = startWorkConsumer<ImportOutcome>({
          jetstream: context.jetstream,
          stream: Consumers.notification.stream,
          durable: Consumers.notification.durable,
          reader: createMessageReader(ImportOutcomeSchema),
          logger: context.logger,
          ackWaitMs: context.config.CONSUMER_ACK_WAIT_MS,
          handler: {
            async handle() {
              events.push("started")
              await new Promise((resolve) => setTimeout(resolve, 300))
              events.push("finished")
            },
            giveUp: async () => {},
          },
        })
        context.onShutdown(consumer.stop)
      },
    }
    const service = await startService(worker, {
      environment: {
        DATABASE_URL: database.url,
        NATS_URL: nats.url,
        HOST: "127.0.0.1",
        LOG_LEVEL: "silent",
      },
    })
    const importId = "0b7e2f0c-59a4-4c57-8f1e-2d6c1b9a7e30"
    const outcome: ImportOutcome = {
      type: "import.outcome",
      version: 1,
      id: `${importId}:outcome:applied`,
      occurredAt: new Date().toISOString(),
      districtId: "6f1c1c4e-8a53-4a53-9d5b-5d7a4f0a2b11",
      data: { importId, status: "applied" },
    }
    await publishMessage(service.context.jetstream, "imports.outcome.applied", outcome)

    await waitFor(() => events.includes("started"))
    await service.stop()

    expect(events).toEqual(["started", "finished"])
    expect(service.context.nats.connection.isClosed()).toBe(true)
    const observer = await connect({ servers: nats.url })
    const info = await (await jetstreamManager(observer)).consumers.info(
      Consumers.notification.stream,
      Consumers.notification.durable,
    )
    await observer.close()
    expect({ pending: info.num_ack_pending, redelivered: info.num_redelivered }).toEqual({
      pending: 0,
      redelivered: 0,
    })
  })
})
