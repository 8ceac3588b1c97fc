const REQUEST_TIMEOUT_MS = 2000

/**
 * Asks every service's GET /health/ready at once. The platform is ready only when all
 * of them are; each one's answer is included so the reason for a 503 is visible.
 */
export async function aggregateReadiness(upstreams) {
  const names = Object.keys(upstreams)
  const answers = await Promise.all(names.map((name) => askService(upstreams[name])))
  const services = Object.fromEntries(names.map((name, index) => [name, answers[index]]))
  const ready = answers.every((answer) => answer.status === 200)

  return {
    statusCode: ready ? 200 : 503,
    body: { status: ready ? "ready" : "unavailable", services },
  }
}

async function askService(upstream) {
  try {
    const response = await fetch(new URL("/health/ready", upstream), {
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })

    return { status: response.status, answer: await readBody(response) }
  } catch (error) {
    return { status: null, reason: error.cause?.code ?? error.message }
  }
}

async function readBody(response) {
  const text = await response.text()

  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
