import { connect, type NatsConnection } from "@nats-io/transport-node"
import type { Logger } from "../logger.js"

/** Options of {@link connectNats}. */
export interface NatsOptions {
  readonly url: string
  /** The connection name the server shows, such as `homeroom-roster`. */
  readonly name: string
  readonly logger: Logger
}

/** A NATS connection and whether it is currently connected. */
export interface NatsLink {
  readonly connection: NatsConnection
  readonly isConnected: () => boolean
}

/**
 * Connects to NATS and keeps reconnecting for as long as the service runs, so a NATS
 * restart heals on its own. Connection changes are logged, never the URL (it may carry
 * credentials).
 */
export async function connectNats(options: NatsOptions): Promise<NatsLink> {
  const connection = await connect({
    servers: options.url,
    name: options.name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
  })
  const state = { connected: true }
  void followStatus(connection, options.logger, state)
  return { connection, isConnected: () => state.connected && !connection.isClosed() }
}

async function followStatus(
  connection: NatsConnection,
  logger: Logger,
  state: { connected: boolean },
) {
  for await (const status of connection.status()) {
    if (status.type === "disconnect") {
      state.connected = false
      logger.warn({ natsStatus: status.type }, "nats connection lost")
    } else if (status.type === "reconnect") {
      state.connected = true
      logger.info({ natsStatus: status.type }, "nats connection restored")
    } else if (status.type === "error") {
      logger.error({ err: status.error }, "nats connection error")
    }
  }
}

/** Readiness: connected, and the server answers a round trip. */
export async function pingNats(link: NatsLink): Promise<void> {
  if (!link.isConnected()) throw new Error("not connected to the NATS server")
  await link.connection.flush()
}
