import { Consumers, type ImportApproved, ImportApprovedSchema } from "@homeroom/contracts"
import {
  createMessageReader,
  startWorkConsumer,
  type WorkConsumer,
} from "@homeroom/service-kit"
import { type ApplyDependencies, applyImport } from "../apply/apply-import.js"
import {
  type ApplyConsumerOptions,
  DefaultMaxAttempts,
  giveUpOnImport,
} from "./give-up.js"

/**
 * Takes `imports.approved` messages and applies each approved paused import, exactly
 * as reviewed, or pauses it again when the roster moved since and thresholds are
 * reached again. Retries and giving up work as for validated imports.
 */
export function startImportApprovedConsumer(
  options: ApplyConsumerOptions & ApplyDependencies,
): WorkConsumer {
  const target = (message: ImportApproved) => ({
    districtId: message.districtId,
    importId: message.data.importId,
  })
  return startWorkConsumer<ImportApproved>({
    jetstream: options.jetstream,
    stream: Consumers.rosterApprovals.stream,
    durable: Consumers.rosterApprovals.durable,
    reader: createMessageReader<ImportApproved>(ImportApprovedSchema),
    logger: options.logger,
    ackWaitMs: options.ackWaitMs,
    maxAttempts: options.maxAttempts ?? DefaultMaxAttempts,
    retryDelayMs: options.retryDelayMs,
    handler: {
      handle: (message) => applyImport(options, target(message), "paused"),
      giveUp: (message, error) => giveUpOnImport(options, target(message), error),
    },
  })
}
