import { type DestinationStream, type Logger, pino } from "pino"

/**
 * Paths pino replaces with `[redacted]`: credentials, and the personal data of students
 * and staff that a roster record carries, wherever such an object ends up in a log line.
 */
export const RedactedPaths = [
  "req.headers.authorization",
  "req.headers.cookie",
  "password",
  "*.password",
  "token",
  "*.token",
  "*.givenName",
  "*.familyName",
  "*.middleName",
  "*.email",
  "*.phone",
  "*.sms",
  "*.username",
  "databaseUrl",
  "natsUrl",
  "smtpUrl",
]

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  /** The service name, on every line as `service`. */
  readonly service: string
  readonly level: string
  /** Where lines go; standard output by default. Tests pass an in-memory stream. */
  readonly destination?: DestinationStream
}

/** The one logger of a service: JSON lines, redacted, with the service's name bound. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      redact: { paths: RedactedPaths, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  )
}

export type { Logger }
