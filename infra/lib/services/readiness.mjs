import { setTimeout as delay } from "node:timers/promises"
import { report } from "../output.mjs"

const POLL_INTERVAL_MS = 500
const REQUEST_TIMEOUT_MS = 3000

/**
 * Polls GET /health/ready of one process until it answers 200. Rejects after timeoutMs
 * with the last answer, so the person starting the platform sees why it is not ready.
 */
export async function waitUntilReady({ name, url }, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  let lastAnswer = "no answer yet"

  while (Date.now() < deadline) {
    const answer = await askReadiness(url)

    if (answer.ready) return report(`${name} is ready`)
    lastAnswer = answer.reason
    await delay(POLL_INTERVAL_MS)
  }

  throw new Error(`${name} was not ready after ${timeoutMs / 1000} s: ${lastAnswer}`)
}

async function askReadiness(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
    const body = await response.text()

    return { ready: response.status === 200, reason: `${response.status} ${body}` }
  } catch (error) {
    return { ready: false, reason: error.cause?.code ?? error.message }
  }
}
