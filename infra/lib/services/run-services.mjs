import { report } from "../output.mjs"
import { describeExit } from "../processes/exit-description.mjs"
import { waitWhileRunning } from "../processes/while-running.mjs"
import { portOf, services } from "./catalogue.mjs"
import { startGateway } from "./gateway-process.mjs"
import { startService } from "./launch.mjs"
import { waitUntilReady } from "./readiness.mjs"

const READY_TIMEOUT_MS = 120_000

// Graceful shutdown may take SHUTDOWN_TIMEOUT_MS inside a service; allow a little more.
const SERVICE_GRACE_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS || 10_000) + 5_000

/**
 * Starts the four services and the gateway, registers one shutdown step that stops them
 * all together, and resolves once every GET /health/ready answers 200. Rejects as soon
 * as one of them exits, or when one is not ready in time.
 */
export async function runServices(shutdown) {
  const running = [...services.map((service) => startService(service)), startGateway()]
  await shutdown.add("the services and the gateway", () => stopAll(running))

  await Promise.all(running.map((supervised) => waitForReadiness(supervised)))
  reportUnexpectedExits(running)

  return running
}

function waitForReadiness(supervised) {
  const target = { name: supervised.name, url: readinessUrl(supervised.name) }

  return waitWhileRunning(supervised, waitUntilReady(target, READY_TIMEOUT_MS))
}

/** The address where a process started here answers GET /health/ready. */
export function readinessUrl(name) {
  return `${baseUrl(name)}/health/ready`
}

/** The base URL of a service, or of the gateway. */
export function baseUrl(name) {
  const service = services.find((candidate) => candidate.name === name)
  const port = service ? portOf(service) : process.env.GATEWAY_PORT

  return `http://${probeHost()}:${port}`
}

function probeHost() {
  const host = process.env.HOST

  return !host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host
}

function reportUnexpectedExits(running) {
  for (const supervised of running) {
    supervised.exited.then((outcome) => {
      if (!supervised.stopRequested) {
        report(
          `${supervised.name} ${describeExit(outcome)} unexpectedly; the rest run on`,
        )
      }
    })
  }
}

function stopAll(running) {
  return Promise.all(running.map((supervised) => supervised.stop(SERVICE_GRACE_MS)))
}
