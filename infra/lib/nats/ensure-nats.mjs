import { join } from "node:path"
import { isLoopback, waitUntil } from "../network.mjs"
import { PlatformError, report } from "../output.mjs"
import { dataDirectory } from "../paths.mjs"
import { startSupervisedProcess } from "../processes/supervised-process.mjs"
import { waitWhileRunning } from "../processes/while-running.mjs"
import { findOrInstallNatsServer } from "./server-binary.mjs"
import { parseNatsUrl, readServerInfo } from "./server-info.mjs"

const STARTUP_TIMEOUT_MS = 30_000

/**
 * Makes sure a NATS server with JetStream answers at the URL: the one already there, or
 * on this machine a nats-server started with its streams in .data/nats and registered
 * with the shutdown steps.
 */
export async function ensureNats(natsUrl, shutdown) {
  const { host, port } = parseNatsUrl(natsUrl)
  const info = await readServerInfo(host, port)

  if (info) return useRunningServer(info, host, port)
  if (!isLoopback(host)) {
    throw new PlatformError(`NATS at ${host}:${port} is not reachable (NATS_URL)`)
  }

  await startNatsServer(host, port, shutdown)
}

function useRunningServer(info, host, port) {
  if (!info.jetstream) {
    throw new PlatformError(
      `the NATS server at ${host}:${port} runs without JetStream; restart it with -js`,
    )
  }

  report(`using the NATS server ${info.version} already listening at ${host}:${port}`)
}

async function startNatsServer(host, port, shutdown) {
  const command = await findOrInstallNatsServer()
  const storeDirectory = join(dataDirectory, "nats")

  report(`starting ${command} on ${host}:${port}, JetStream data in .data/nats`)
  const server = startSupervisedProcess({
    name: "nats",
    command,
    args: ["-a", host, "-p", String(port), "-js", "-sd", storeDirectory],
  })
  await shutdown.add("nats-server", () => server.stop(10_000))

  await waitWhileRunning(server, waitForServer(host, port))
}

function waitForServer(host, port) {
  return waitUntil(() => readServerInfo(host, port), {
    timeoutMs: STARTUP_TIMEOUT_MS,
    description: `nats-server on ${host}:${port}`,
  })
}
