import { report } from "../output.mjs"

/**
 * The steps that undo what the platform started, run last-in first-out so that services
 * stop before NATS and Postgres. A step added once shutdown has begun runs at once, so
 * nothing started during a Ctrl-C is left behind.
 */
export function createShutdownSteps() {
  const steps = []
  let running = null

  return {
    add(description, step) {
      if (running) return running.then(() => runStep({ description, step }))

      steps.push({ description, step })
      return Promise.resolve()
    },
    run() {
      running ??= runInReverse(steps)
      return running
    },
  }
}

async function runInReverse(steps) {
  for (const entry of steps.toReversed()) await runStep(entry)
}

async function runStep({ description, step }) {
  report(`stopping ${description}`)

  try {
    await step()
  } catch (error) {
    report(`could not stop ${description}: ${error.message}`)
  }
}
