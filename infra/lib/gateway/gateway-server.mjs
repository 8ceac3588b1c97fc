import { Agent, createServer } from "node:http"
import { forwardRequest } from "./forward.mjs"
import { aggregateReadiness } from "./readiness.mjs"
import { findService } from "./routes.mjs"

/**
 * A path-routing reverse proxy in front of the services. `upstreams` maps each service
 * name to its base URL, such as { ingest: "http://127.0.0.1:3001", ... }.
 */
export function createGateway(upstreams) {
  const agent = new Agent({ keepAlive: true })

  return createServer((incoming, outgoing) => {
    const pathname = incoming.url?.split("?")[0] ?? "/"

    if (pathname === "/health/ready") return answerReadiness(outgoing, upstreams)
    if (pathname === "/health/live") return answerJson(outgoing, 200, { status: "live" })

    const service = findService(pathname)
    if (!service) return answerNotFound(outgoing, pathname)

    forwardRequest(incoming, outgoing, upstreams[service], agent)
  })
}

async function answerReadiness(outgoing, upstreams) {
  const { statusCode, body } = await aggregateReadiness(upstreams)
  answerJson(outgoing, statusCode, body)
}

function answerNotFound(outgoing, pathname) {
  const message = `no service answers ${pathname}`
  answerJson(outgoing, 404, { code: "GATEWAY_ROUTE_NOT_FOUND", message })
}

function answerJson(outgoing, statusCode, body) {
  outgoing.writeHead(statusCode, { "content-type": "application/json" })
  outgoing.end(JSON.stringify(body))
}
