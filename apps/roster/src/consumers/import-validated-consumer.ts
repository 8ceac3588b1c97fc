import {
  Consumers,
  type ImportValidated,
  ImportValidatedSchema,
} from "@homeroom/contracts"
import {
  createMessageReader,
  ServiceError,
  startWorkConsumer,
  type WorkConsumer,
} from "@homeroom/service-kit"
import { type ApplyDependencies, applyValidatedImport } from "../apply/apply-import.js"
import { failImport } from "../apply/fail-import.js"
import { RosterErrors } from "../errors.js"

/** What the consumer needs besides what applying needs. */
export interface ImportValidatedConsumerOptions extends ApplyDependencies {
  readonly ackWaitMs: number
  readonly maxAttempts?: number
  readonly retryDelayMs?: number
}

const DefaultMaxAttempts = 5

/**
 * Takes `imports.validated` messages from the roster's durable consumer and applies
 * each import. A failed attempt is retried; after the last one the import is failed,
 * with a reason an administrator can read, and the failure is announced.
 */
export function startImportValidatedConsumer(
  options: ImportValidatedConsumerOptions,
): WorkConsumer {
  const maxAttempts = options.maxAttempts ?? DefaultMaxAttempts
  return startWorkConsumer<ImportValidated>({
    jetstream: options.jetstream,
    stream: Consumers.roster.stream,
    durable: Consumers.roster.durable,
    reader: createMessageReader<ImportValidated>(ImportValidatedSchema),
    logger: options.logger,
    ackWaitMs: options.ackWaitMs,
    maxAttempts,
    retryDelayMs: options.retryDelayMs,
    handler: {
      handle: (message) => applyValidatedImport(options, message),
      giveUp: async (message, error) => {
        const reason = reasonOf(error, maxAttempts)
        if (await failImport(options.database, message, reason)) options.onEventsQueued()
      },
    },
  })
}

function reasonOf(error: unknown, attempts: number): string {
  const cause = error instanceof ServiceError ? ` ${error.message}` : ""
  return `${RosterErrors.APPLY_FAILED(attempts).message}${cause}`
}
