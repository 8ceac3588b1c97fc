import {
  Consumers,
  type ImportApproved,
  ImportApprovedSchema,
  type ImportValidated,
  ImportValidatedSchema,
} from "@homeroom/contracts"
import {
  createMessageReader,
  startWorkConsumer,
  type WorkConsumer,
} from "@homeroom/service-kit"
import type { TSchema } from "typebox"
import { type ApplyDependencies, applyImport } from "../apply/apply-import.js"
import {
  type ApplyConsumerOptions,
  DefaultMaxAttempts,
  giveUpOnImport,
} from "./give-up.js"

/** A message that hands the roster an import to compare and apply. */
type ApplyMessage = ImportValidated | ImportApproved

interface ApplyConsumerDefinition {
  readonly consumer: { readonly stream: string; readonly durable: string }
  readonly schema: TSchema
  /** The status the message expects the import in. */
  readonly from: "validated" | "paused"
}

/**
 * `imports.validated`: a new import, compared with the roster and applied, paused or
 * superseded. `imports.approved`: a paused import an administrator approved, applied as
 * reviewed or paused again when the roster moved since.
 */
const Definitions = {
  validated: {
    consumer: Consumers.roster,
    schema: ImportValidatedSchema,
    from: "validated",
  },
  approved: {
    consumer: Consumers.rosterApprovals,
    schema: ImportApprovedSchema,
    from: "paused",
  },
} as const satisfies Record<string, ApplyConsumerDefinition>

/**
 * Starts the roster's two durable consumers. A failed attempt is retried; after the
 * last one the import is failed, with a reason an administrator can read, and the
 * failure is announced.
 */
export function startApplyConsumers(
  options: ApplyConsumerOptions & ApplyDependencies,
): WorkConsumer[] {
  return Object.values(Definitions).map((definition) =>
    startApplyConsumer(options, definition),
  )
}

function startApplyConsumer(
  options: ApplyConsumerOptions & ApplyDependencies,
  definition: ApplyConsumerDefinition,
): WorkConsumer {
  const target = (message: ApplyMessage) => ({
    districtId: message.districtId,
    importId: message.data.importId,
  })
  return startWorkConsumer<ApplyMessage>({
    jetstream: options.jetstream,
    stream: definition.consumer.stream,
    durable: definition.consumer.durable,
    reader: createMessageReader<ApplyMessage>(definition.schema),
    logger: options.logger,
    ackWaitMs: options.ackWaitMs,
    maxAttempts: options.maxAttempts ?? DefaultMaxAttempts,
    retryDelayMs: options.retryDelayMs,
    handler: {
      handle: (message) => applyImport(options, target(message), definition.from),
      giveUp: (message, error) => giveUpOnImport(options, target(message), error),
    },
  })
}
