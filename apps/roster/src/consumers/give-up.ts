import { ServiceError } from "@homeroom/service-kit"
import type { ApplyDependencies } from "../apply/apply-import.js"
import { failImport } from "../apply/fail-import.js"
import { RosterErrors } from "../errors.js"

/** What the roster's consumers need besides what applying needs. */
export interface ApplyConsumerOptions {
  readonly ackWaitMs: number
  readonly maxAttempts?: number
  readonly retryDelayMs?: number
}

/** Attempts before an import is failed. */
export const DefaultMaxAttempts = 5

/** Fails an import the roster could not apply, and wakes the publisher to announce it. */
export async function giveUpOnImport(
  options: ApplyConsumerOptions & ApplyDependencies,
  target: { districtId: string; importId: string },
  error: unknown,
) {
  const attempts = options.maxAttempts ?? DefaultMaxAttempts
  const cause = error instanceof ServiceError ? ` ${error.message}` : ""
  const reason = `${RosterErrors.APPLY_FAILED(attempts).message}${cause}`
  if (await failImport(options.database, target, reason)) options.onEventsQueued()
}
