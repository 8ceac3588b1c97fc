import type { Server } from "ssh2"
import ssh2 from "ssh2"
import type { IngestDependencies } from "../imports/receive-bundle.js"
import type { HostKey } from "./host-key.js"
import { LoginThrottle, type ThrottleSettings } from "./login-throttle.js"
import { SftpConnection } from "./sftp-connection.js"

/** Where the SFTP server listens and how it behaves. */
export interface SftpServerSettings {
  readonly host: string
  /** 0 asks the system for a free port. */
  readonly port: number
  readonly hostKey: HostKey
  /** A local directory for files being written. */
  readonly scratchRoot: string
  readonly throttle: ThrottleSettings
}

/** A listening SFTP server. */
export interface RunningSftpServer {
  /** The port it listens on. */
  readonly port: number
  /** Stops listening, ends every connection and waits for their imports. */
  readonly close: () => Promise<void>
}

/** Drop dead connections, so a cut-off upload is cleaned up within about a minute. */
const KeepaliveIntervalMs = 15_000
const KeepaliveCountMax = 4

/**
 * Starts the SFTP drop folder: districts sign in with their own credentials and put
 * their bundle in `/upload`, where each completed file becomes an import.
 */
export async function startSftpServer(
  dependencies: IngestDependencies,
  settings: SftpServerSettings,
): Promise<RunningSftpServer> {
  const connectionDependencies = {
    ...dependencies,
    logger: dependencies.logger.child({ component: "sftp" }),
    throttle: new LoginThrottle(settings.throttle),
    scratchRoot: settings.scratchRoot,
  }
  const connections = new Set<SftpConnection>()
  const server = new ssh2.Server(
    {
      hostKeys: [settings.hostKey.privateKey],
      ident: "Homeroom",
      keepaliveInterval: KeepaliveIntervalMs,
      keepaliveCountMax: KeepaliveCountMax,
    },
    (client, info) => {
      const connection = new SftpConnection(connectionDependencies, client, info)
      connections.add(connection)
      void connection.closed.then(() => connections.delete(connection))
      connection.start()
    },
  )

  await listen(server, settings.host, settings.port)
  // Accepting can fail later (out of file descriptors); the server keeps listening.
  server.on("error", (error: Error) => {
    connectionDependencies.logger.error({ err: error }, "sftp server error")
  })
  return { port: portOf(server), close: () => closeServer(server, connections) }
}

function portOf(server: Server): number {
  const address = server.address()
  if (address === null || typeof address === "string") {
    throw new Error(`the SFTP server is not listening on a TCP port (${address})`)
  }
  return address.port
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => {
      server.off("error", reject)
      resolve()
    })
  })
}

async function closeServer(server: Server, connections: Set<SftpConnection>) {
  const stopped = new Promise((resolve) => server.close(resolve))
  const open = [...connections]
  for (const connection of open) connection.end()

  await Promise.all(open.map((connection) => connection.closed))
  await stopped
}
