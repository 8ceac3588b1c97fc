import autocannon from "autocannon"
import type { LoadFigures } from "../report/result.js"
import type { RequestPlan } from "./request-plans.js"

/** A fixed load on one route. */
export interface LoadOptions {
  readonly url: string
  readonly headers: Record<string, string>
  readonly plan: RequestPlan
  readonly durationSeconds: number
  readonly connections: number
}

const WarmUpSeconds = 1

/**
 * Drives a route with a fixed number of connections, one request at a time each, for
 * the given duration after a short warm-up that is not counted (the JIT compiles the
 * hot paths and Postgres reads the pages in).
 */
export async function loadRoute(options: LoadOptions): Promise<LoadFigures> {
  await run({ ...options, durationSeconds: WarmUpSeconds })
  const result = await run(options)
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors,
  }
}

function run(options: LoadOptions): Promise<autocannon.Result> {
  return autocannon({
    url: options.url,
    headers: options.headers,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: options.plan(),
  })
}
