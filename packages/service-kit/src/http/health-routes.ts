import type { FastifyInstance } from "fastify"
import { checkReadiness, type ReadinessCheck } from "./readiness.js"

const ReadinessTimeoutMs = 2000

/**
 * `GET /health/live` answers while the process runs; `GET /health/ready` answers 200 only
 * when every dependency answers, and 503 with the reasons otherwise, so a load balancer
 * stops sending work to a copy that cannot do it.
 */
export async function healthRoutes(
  app: FastifyInstance,
  options: { checks: readonly ReadinessCheck[] },
) {
  app.get("/health/live", { logLevel: "warn" }, async () => ({ status: "live" }))

  app.get("/health/ready", { logLevel: "warn" }, async (_request, reply) => {
    const report = await checkReadiness(options.checks, ReadinessTimeoutMs)
    return reply.code(report.status === "ready" ? 200 : 503).send(report)
  })
}
