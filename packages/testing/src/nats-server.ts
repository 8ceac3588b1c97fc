import { type ChildProcess, spawn } from "node:child_process"
import { mkdtemp, rm } from "node:fs/promises"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"

/** A nats-server process with JetStream, started for one test file. */
export interface TestNatsServer {
  readonly url: string
  readonly port: number
  /** Stops the server; its JetStream store is kept, for restart tests. */
  readonly stop: () => Promise<void>
  /** Starts it again on the same port and store. */
  readonly restart: () => Promise<void>
  /** Stops it and deletes its store. */
  readonly destroy: () => Promise<void>
}

/**
 * Starts a private nats-server on a free loopback port with a fresh JetStream store, so
 * tests never share streams with each other or with a developer's server.
 */
export async function startNatsServer(): Promise<TestNatsServer> {
  const port = await freePort()
  const storeDirectory = await mkdtemp(join(tmpdir(), "homeroom-nats-"))
  let server = await launch(port, storeDirectory)

  const stop = async () => {
    await terminate(server)
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    stop,
    async restart() {
      server = await launch(port, storeDirectory)
    },
    async destroy() {
      await stop()
      await rm(storeDirectory, { recursive: true, force: true })
    },
  }
}

async function launch(port: number, storeDirectory: string): Promise<ChildProcess> {
  const binary = process.env["NATS_SERVER_BIN"] ?? "nats-server"
  const child = spawn(
    binary,
    ["-a", "127.0.0.1", "-p", `${port}`, "-js", "-sd", storeDirectory],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  )
  await new Promise<void>((resolve, reject) => {
    let output = ""
    child.once("error", reject)
    child.once("exit", (code) =>
      reject(new Error(`nats-server exited with ${code}: ${output}`)),
    )
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes("Server is ready")) resolve()
    })
  })
  child.removeAllListeners("exit")
  return child
}

async function terminate(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  child.kill("SIGTERM")
  await exited
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (address === null || typeof address === "string") throw new Error("no port")
  return address.port
}
