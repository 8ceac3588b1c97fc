import { PlatformError, report } from "./output.mjs"

/** Prints why the platform stopped: the message alone for expected failures. */
export function reportFailure(error) {
  if (error instanceof PlatformError) return report(`error: ${error.message}`)

  report(`error: ${error?.stack ?? error}`)
}
