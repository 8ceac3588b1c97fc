import {
  Consumers,
  type ImportOutcome,
  ImportOutcomeSchema,
  Streams,
} from "@homeroom/contracts"
import { startNatsServer, type TestNatsServer, waitFor } from "@homeroom/testing"
import { jetstream, jetstreamManager } from "@nats-io/jetstream"
import { connect, type NatsConnection } from "@nats-io/transport-node"
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest"
import {
  createLogger,
  createMessageReader,
  ensureTopology,
  publishMessage,
  startWorkConsumer,
} from "../src/index.js"

const districtId = "6f1c1c4e-8a53-4a53-9d5b-5d7a4f0a2b11"

function outcome(importId: string, id = `${importId}:outcome`): ImportOutcome {
  return {
    type: "import.outcome",
    version: 1,
    id,
    occurredAt: new Date().toISOString(),
    districtId,
    data: { importId, status: "applied" },
  }
}

describe("work consumer", () => {
  let nats: TestNatsServer
  let connection: NatsConnection

  beforeAll(async () => {
    nats = await startNatsServer()
    connection = await connect({ servers: nats.url })
    await ensureTopology(connection, { ackWaitMs: 2000 })
  })
  afterAll(async () => {
    await connection?.close()
    await nats?.destroy()
  })

  it("retries failed work, gives up after the last attempt, and skips invalid messages", async () => {
    const client = jetstream(connection)
    const handled: string[] = []
    const givenUp: string[] = []
    const consumer = startWorkConsumer<ImportOutcome>({
      jetstream: client,
      stream: Streams.imports.name,
      durable: Consumers.notification.durable,
      reader: createMessageReader(ImportOutcomeSchema),
      logger: createLogger({ service: "test", level: "silent" }),
      ackWaitMs: 2000,
      maxAttempts: 3,
      retryDelayMs: 10,
      handler: {
        async handle(message, delivery) {
          handled.push(`${message.data.importId}#${delivery.attempt}`)
          if (message.data.importId.startsWith("0")) throw new Error("smtp down")
        },
        async giveUp(message) {
          givenUp.push(message.data.importId)
        },
      },
    })
    onTestFinished(() => consumer.stop())

    const failing = "0b7e2f0c-59a4-4c57-8f1e-2d6c1b9a7e30"
    const working = "1b7e2f0c-59a4-4c57-8f1e-2d6c1b9a7e30"
    await connection.publish("imports.outcome.applied", "not json")
    await publishMessage(client, "imports.outcome.applied", outcome(failing))
    await publishMessage(client, "imports.outcome.applied", outcome(working))
    await publishMessage(client, "imports.outcome.applied", outcome(working))

    await waitFor(() => givenUp.length === 1 && handled.length === 4)
    const manager = await jetstreamManager(connection)
    const settled = await waitFor(async () => {
      const info = await manager.consumers.info("IMPORTS", Consumers.notification.durable)
      return info.num_ack_pending === 0 && info.num_pending === 0
    })
    expect(settled).toBe(true)
    expect({ handled: handled.sort(), givenUp }).toEqual({
      handled: [`${failing}#1`, `${failing}#2`, `${failing}#3`, `${working}#1`],
      givenUp: [failing],
    })
  })
})
