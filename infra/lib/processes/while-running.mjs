import { PlatformError } from "../output.mjs"

/**
 * Waits for a promise, failing as soon as the supervised process it depends on exits,
 * so a server that dies while starting is reported at once instead of at a timeout.
 */
export async function waitWhileRunning(supervised, promise) {
  const exit = supervised.exited.then(() => "exited")
  const outcome = await Promise.race([promise.then(() => "done"), exit])

  if (outcome === "exited") {
    throw new PlatformError(
      `${supervised.name} stopped while starting; see its log above`,
    )
  }
}
