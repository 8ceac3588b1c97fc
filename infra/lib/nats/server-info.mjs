import { createConnection } from "node:net"

/**
 * Connects to a NATS server and reads the INFO line it sends first; resolves with its
 * JSON, or null when nothing there speaks NATS.
 */
export function readServerInfo(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port, timeout: timeoutMs })
    let received = ""
    const finish = (info) => {
      socket.destroy()
      resolve(info)
    }

    socket.on("data", (chunk) => {
      received += chunk.toString("utf8")
      if (received.includes("\r\n")) finish(parseInfoLine(received.split("\r\n")[0]))
    })
    socket.once("timeout", () => finish(null))
    socket.once("error", () => finish(null))
    socket.once("end", () => finish(null))
  })
}

function parseInfoLine(line) {
  if (!line.startsWith("INFO ")) return null

  try {
    return JSON.parse(line.slice("INFO ".length))
  } catch {
    return null
  }
}

/** The host and port of the first server in a NATS_URL (which may list several). */
export function parseNatsUrl(natsUrl) {
  const first = natsUrl.split(",")[0].trim()
  const url = new URL(first.includes("://") ? first : `nats://${first}`)

  return { host: url.hostname, port: Number(url.port || 4222) }
}
