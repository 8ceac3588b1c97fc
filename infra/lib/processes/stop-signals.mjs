// npm passes the terminal's Ctrl-C on to its script, which then sees the same press twice.
const SAME_PRESS_MS = 1000

/**
 * Calls the handler once on the first SIGINT (Ctrl-C), SIGTERM or SIGHUP (the terminal
 * closed); a later signal is acknowledged but changes nothing, so shutdown is never cut
 * short. The supervised processes run in their own process groups and see none of these.
 */
export function onStopSignal(handler, { onRepeat }) {
  let firstAt = null

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      if (firstAt === null) {
        firstAt = Date.now()
        return handler(signal)
      }

      if (Date.now() - firstAt > SAME_PRESS_MS) onRepeat(signal)
    })
  }
}
