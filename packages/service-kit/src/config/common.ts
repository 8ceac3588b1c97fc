import { integer, oneOf, port, text, url } from "./variables.js"

/** The log levels pino accepts. */
export const LogLevels = [
  "fatal",
  "error",
  "warn",
  "info",
  "debug",
  "trace",
  "silent",
] as const

/**
 * The variables every service reads. Each service adds its own, such as its port.
 * Connection URLs are marked secret because they may carry passwords.
 */
export const CommonVariables = {
  DATABASE_URL: url({
    description: "Postgres connection URL",
    default: "postgres://postgres@127.0.0.1:5432/homeroom",
    protocols: ["postgres:", "postgresql:"],
    secret: true,
  }),
  NATS_URL: url({
    description: "NATS server URL (JetStream enabled)",
    default: "nats://127.0.0.1:4222",
    protocols: ["nats:", "tls:"],
    secret: true,
  }),
  HOST: text({ description: "address the HTTP server listens on", default: "0.0.0.0" }),
  LOG_LEVEL: oneOf({ description: "pino log level", default: "info", values: LogLevels }),
  SHUTDOWN_TIMEOUT_MS: integer({
    description: "how long shutdown may take before the process exits anyway",
    default: "10000",
    min: 100,
    max: 600_000,
  }),
  CONSUMER_ACK_WAIT_MS: integer({
    description: "how long JetStream waits for a sign of life before redelivering work",
    default: "30000",
    min: 1000,
    max: 3_600_000,
  }),
} as const

/** A service's own port variable, with its default. */
export function servicePort(name: string, defaultPort: number) {
  return port({
    description: `port the ${name} service listens on`,
    default: `${defaultPort}`,
  })
}
