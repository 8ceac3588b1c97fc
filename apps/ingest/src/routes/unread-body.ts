import type { FastifyReply, FastifyRequest } from "fastify"

/**
 * An upload refused before its body was read to the end still has the rest of that body
 * on its way. The connection is closed after the answer, so a kept-alive connection
 * never hands stale bytes to the next request; the rest is read and dropped meanwhile,
 * so the client receives the answer rather than a reset.
 */
export async function discardUnreadBody(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
) {
  if (!request.raw.readableEnded) {
    reply.header("connection", "close")
    request.raw.resume()
  }
  return payload
}
