/** Width of the name column, so that every prefixed line lines up. */
const NAME_WIDTH = 12

/** Formats one line of output under the name of the process it came from. */
export function formatLine(name, text) {
  return `${name.padEnd(NAME_WIDTH)} | ${text}`
}

/** Prints one line of the platform's own progress. */
export function report(message) {
  console.log(formatLine("platform", message))
}

/**
 * A failure the person at the terminal can act on: its message is printed as it is,
 * without a stack trace.
 */
export class PlatformError extends Error {
  name = "PlatformError"
}
