import { createConnection, createServer, type Server, type Socket } from "node:net"
import { freePort } from "@homeroom/testing"

/** A port reserved for an SMTP server that is down until `open` is called. */
export interface SmtpRelay {
  readonly url: string
  /** Starts forwarding connections to the real SMTP server. */
  readonly open: () => Promise<void>
  readonly close: () => Promise<void>
}

/**
 * Stands between the service and the SMTP sink: connections are refused until `open`,
 * then forwarded byte for byte, so a test can take the mail server down and bring it up.
 */
export async function reserveSmtpRelay(targetUrl: string): Promise<SmtpRelay> {
  const port = await freePort()
  const target = new URL(targetUrl)
  const sockets = new Set<Socket>()
  let server: Server | undefined

  return {
    url: `smtp://127.0.0.1:${port}`,
    async open() {
      server = createServer((socket) => forward(socket, target, sockets))
      await new Promise<void>((resolve) => server?.listen(port, "127.0.0.1", resolve))
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)))
    },
  }
}

function forward(client: Socket, target: URL, sockets: Set<Socket>) {
  const upstream = createConnection(Number(target.port), target.hostname)
  for (const socket of [client, upstream]) {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
    socket.on("error", () => {
      client.destroy()
      upstream.destroy()
    })
  }
  client.pipe(upstream).pipe(client)
}
