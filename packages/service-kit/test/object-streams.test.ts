import { createHash, randomBytes } from "node:crypto"
import { pipeline } from "node:stream/promises"
import { ImportFilesBucket } from "@homeroom/contracts"
import { startNatsServer, type TestNatsServer } from "@homeroom/testing"
import { jetstream } from "@nats-io/jetstream"
import { type ObjectStore, Objm } from "@nats-io/obj"
import { connect, type NatsConnection } from "@nats-io/transport-node"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ensureTopology, readObject, writeObject } from "../src/index.js"

describe("object streams", () => {
  let nats: TestNatsServer
  let connection: NatsConnection
  let store: ObjectStore

  beforeAll(async () => {
    nats = await startNatsServer()
    connection = await connect({ servers: nats.url })
    await ensureTopology(connection, { ackWaitMs: 2000 })
    store = await new Objm(jetstream(connection)).open(ImportFilesBucket)
  })
  afterAll(async () => {
    await connection?.close()
    await nats?.destroy()
  })

  it("stores a streamed object and reads back the same bytes", async () => {
    const content = randomBytes(3 * 1024 * 1024 + 17)
    const writer = writeObject(store, "import-1/bundle.zip")
    writer.stream.end(content)
    const info = await writer.stored

    const reader = await readObject(store, "import-1/bundle.zip")
    const digest = createHash("sha256")
    if (reader) await pipeline(reader, digest)

    expect({ size: info.size, sha256: digest.digest("hex") }).toEqual({
      size: content.length,
      sha256: createHash("sha256").update(content).digest("hex"),
    })
  })

  it("answers null for an object that does not exist", async () => {
    expect(await readObject(store, "missing")).toBeNull()
  })
})
