import { createConnection, createServer, type Server, type Socket } from "node:net"
import { freePort } from "./nats-server.js"

/** A loopback port that forwards to a real server only while it is open. */
export interface TcpRelay {
  readonly port: number
  /** Starts forwarding connections to the target. */
  readonly open: () => Promise<void>
  /** Cuts every forwarded connection and refuses new ones, as a server that went down. */
  readonly close: () => Promise<void>
}

/**
 * Stands between a service and a real server (Postgres, SMTP), so a test can take that
 * server down and bring it back without touching the shared one. Closed until `open`.
 */
export async function reserveTcpRelay(
  targetHost: string,
  targetPort: number,
): Promise<TcpRelay> {
  const port = await freePort()
  const sockets = new Set<Socket>()
  let server: Server | undefined

  return {
    port,
    async open() {
      server = createServer((socket) => forward(socket, targetHost, targetPort, sockets))
      await new Promise<void>((resolve) => server?.listen(port, "127.0.0.1", resolve))
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)))
      server = undefined
    },
  }
}

function forward(client: Socket, host: string, port: number, sockets: Set<Socket>) {
  const upstream = createConnection(port, host)
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
