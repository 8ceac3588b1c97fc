import { createConnection, createServer } from "node:net"
import { setTimeout as delay } from "node:timers/promises"

/** Hosts that name this machine, where the platform may start servers itself. */
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"])

/** Tells whether a host name or address is this machine. */
export function isLoopback(host) {
  return LOOPBACK_HOSTS.has(host)
}

/** Tells whether something accepts TCP connections at host:port. */
export function canConnect(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port, timeout: timeoutMs })
    const finish = (reachable) => {
      socket.destroy()
      resolve(reachable)
    }
    socket.once("connect", () => finish(true))
    socket.once("timeout", () => finish(false))
    socket.once("error", () => finish(false))
  })
}

/** Tells whether this process could listen on a port of the loopback address. */
export function isPortFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = createServer()
    server.once("error", () => resolve(false))
    server.listen(port, host, () => server.close(() => resolve(true)))
  })
}

/** Asks the operating system for a port nobody listens on. */
export function findFreePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, host, () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Polls until check() resolves with a value other than false or null, and resolves with
 * it; rejects with the description once timeoutMs has passed.
 */
export async function waitUntil(check, { timeoutMs, intervalMs = 250, description }) {
  const deadline = Date.now() + timeoutMs

  while (Date.now() < deadline) {
    const result = await check()

    if (result !== false && result !== null) return result
    await delay(intervalMs)
  }

  throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}`)
}
