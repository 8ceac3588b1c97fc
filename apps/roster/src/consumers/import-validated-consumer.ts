import {
  Consumers,
  type ImportValidated,
  ImportValidatedSchema,
} from "@homeroom/contracts"
import {
  createMessageReader,
  startWorkConsumer,
  type WorkConsumer,
} from "@homeroom/service-kit"
import { type ApplyDependencies, applyValidatedImport } from "../apply/apply-import.js"
import {
  type ApplyConsumerOptions,
  DefaultMaxAttempts,
  giveUpOnImport,
} from "./give-up.js"

/**
 * Takes `imports.validated` messages from the roster's durable consumer and compares
 * each import with the roster: applied, paused, or superseded. A failed attempt is
 * retried; after the last one the import is failed, with a reason an administrator can
 * read, and the failure is announced.
 */
export function startImportValidatedConsumer(
  options: ApplyConsumerOptions & ApplyDependencies,
): WorkConsumer {
  const target = (message: ImportValidated) => ({
    districtId: message.districtId,
    importId: message.data.importId,
  })
  return startWorkConsumer<ImportValidated>({
    jetstream: options.jetstream,
    stream: Consumers.roster.stream,
    durable: Consumers.roster.durable,
    reader: createMessageReader<ImportValidated>(ImportValidatedSchema),
    logger: options.logger,
    ackWaitMs: options.ackWaitMs,
    maxAttempts: options.maxAttempts ?? DefaultMaxAttempts,
    retryDelayMs: options.retryDelayMs,
    handler: {
      handle: (message) => applyValidatedImport(options, message),
      giveUp: (message, error) => giveUpOnImport(options, target(message), error),
    },
  })
}
