import Fastify, { type FastifyInstance } from "fastify"
import postgres from "postgres"
import { ClassDetailQuery, UserPageQuery } from "./floor-queries.js"

/** The floor server's settings. */
export interface FloorServerOptions {
  readonly databaseUrl: string
  readonly districtId: string
  /** As many connections as a roster process opens. */
  readonly maxConnections: number
}

/**
 * The floor for reads: Fastify and postgres.js with one route per read, each running
 * the roster's query once, as a prepared statement, and answering its result. No
 * authentication, logging or validation, so whatever the roster takes beyond this is
 * its own overhead.
 */
export function createFloorServer(options: FloorServerOptions): FastifyInstance {
  const sql = postgres(options.databaseUrl, {
    max: options.maxConnections,
    onnotice: () => {},
  })
  const app = Fastify()

  app.get<{ Params: { sourcedId: string } }>(
    "/v1/classes/:sourcedId",
    async (request, reply) => {
      const [row] = await sql.unsafe(
        ClassDetailQuery,
        [options.districtId, request.params.sourcedId],
        { prepare: true },
      )
      if (!row) return reply.code(404).send({ statusCode: 404 })
      return row["detail"]
    },
  )

  app.get<{ Querystring: { limit?: string; cursor?: string } }>(
    "/v1/users",
    async (request) => {
      const limit = Number(request.query.limit ?? "100")
      const after = request.query.cursor ? decodeCursor(request.query.cursor) : ""
      const rows = await sql.unsafe(
        UserPageQuery,
        [options.districtId, after, limit + 1],
        {
          prepare: true,
        },
      )
      const page = rows.slice(0, limit)
      const last = page.at(-1)
      return {
        items: page.map((row) => row["record"]),
        nextCursor: rows.length > limit && last ? encodeCursor(last["sourcedId"]) : null,
      }
    },
  )

  app.addHook("onClose", () => sql.end({ timeout: 5 }))
  return app
}

function encodeCursor(sourcedId: string): string {
  return Buffer.from(JSON.stringify({ after: sourcedId })).toString("base64url")
}

function decodeCursor(cursor: string): string {
  const value = JSON.parse(Buffer.from(cursor, "base64url").toString()) as {
    after: string
  }
  return value.after
}
