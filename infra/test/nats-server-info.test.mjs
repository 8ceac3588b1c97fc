import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { mkdtemp, rm } from "node:fs/promises"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { test } from "node:test"
import { findOrInstallNatsServer } from "../lib/nats/server-binary.mjs"
import { parseNatsUrl, readServerInfo } from "../lib/nats/server-info.mjs"
import { findFreePort, waitUntil } from "../lib/network.mjs"

test("reads the INFO line of a NATS server started with JetStream", async (context) => {
  const binary = await findOrInstallNatsServer()
  const storeDirectory = await mkdtemp(join(tmpdir(), "homeroom-nats-"))
  context.after(() => rm(storeDirectory, { recursive: true, force: true }))
  const port = await findFreePort()
  const server = spawn(binary, [
    "-a",
    "127.0.0.1",
    "-p",
    `${port}`,
    "-js",
    "-sd",
    storeDirectory,
  ])
  context.after(() => stopProcess(server))

  const info = await waitUntil(() => readServerInfo("127.0.0.1", port), {
    timeoutMs: 10_000,
    description: "the test's nats-server",
  })

  assert.deepEqual(
    {
      port: info.port,
      jetstream: info.jetstream,
      hasVersion: /^\d+\.\d+/.test(info.version),
    },
    { port, jetstream: true, hasVersion: true },
  )
})

test("finds nothing where the server does not speak NATS", async (context) => {
  const silent = createServer((socket) => socket.end("220 not nats\r\n"))
  await new Promise((resolve) => silent.listen(0, "127.0.0.1", resolve))
  context.after(() => new Promise((resolve) => silent.close(resolve)))

  const port = silent.address().port
  const unused = await findFreePort()

  assert.deepEqual(
    [await readServerInfo("127.0.0.1", port), await readServerInfo("127.0.0.1", unused)],
    [null, null],
  )
})

test("takes host and port from the first server of a NATS_URL", () => {
  assert.deepEqual(
    [
      parseNatsUrl("nats://127.0.0.1:4222"),
      parseNatsUrl("nats://user:pass@nats.internal:4333,nats://other:4222"),
      parseNatsUrl("localhost"),
    ],
    [
      { host: "127.0.0.1", port: 4222 },
      { host: "nats.internal", port: 4333 },
      { host: "localhost", port: 4222 },
    ],
  )
})

function stopProcess(child) {
  if (child.exitCode !== null) return

  const exited = new Promise((resolve) => child.once("exit", resolve))
  child.kill("SIGTERM")
  return exited
}
