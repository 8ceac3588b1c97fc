/** Says in words how a supervised process ended. */
export function describeExit({ code, signal, error }) {
  if (error) return `could not be started: ${error.message}`
  if (signal) return `was killed by ${signal}`

  return `exited with code ${code}`
}
