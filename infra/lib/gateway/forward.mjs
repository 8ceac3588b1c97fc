import { request } from "node:http"

// Headers that describe one connection, not the message, so they are not passed on.
const HOP_BY_HOP_HEADERS = [
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]

/**
 * Passes a request to the upstream and its answer back, streaming both bodies so that
 * large uploads and roster pages never sit whole in the gateway's memory.
 */
export function forwardRequest(incoming, outgoing, upstream, agent) {
  const target = new URL(upstream)
  const upstreamRequest = request({
    host: target.hostname,
    port: target.port,
    method: incoming.method,
    path: incoming.url,
    headers: forwardedHeaders(incoming),
    agent,
  })

  upstreamRequest.on("response", (answer) => relayAnswer(answer, outgoing))
  upstreamRequest.on("error", (error) => answerUnreachable(outgoing, error))
  outgoing.on("close", () => {
    if (!outgoing.writableFinished) upstreamRequest.destroy()
  })
  incoming.pipe(upstreamRequest)
}

function relayAnswer(answer, outgoing) {
  outgoing.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers))
  answer.pipe(outgoing)
  answer.on("error", () => outgoing.destroy())
}

function answerUnreachable(outgoing, error) {
  if (outgoing.headersSent) return outgoing.destroy()

  const body = { code: "GATEWAY_UPSTREAM_UNREACHABLE", message: error.message }
  outgoing.writeHead(502, { "content-type": "application/json" })
  outgoing.end(JSON.stringify(body))
}

function forwardedHeaders(incoming) {
  const headers = withoutHopByHop(incoming.headers)
  const client = incoming.socket.remoteAddress ?? ""
  const earlier = incoming.headers["x-forwarded-for"]

  headers["x-forwarded-for"] = earlier ? `${earlier}, ${client}` : client
  headers["x-forwarded-host"] = incoming.headers.host ?? ""
  headers["x-forwarded-proto"] = "http"
  return headers
}

function withoutHopByHop(headers) {
  const kept = { ...headers }

  for (const name of HOP_BY_HOP_HEADERS) delete kept[name]
  return kept
}
