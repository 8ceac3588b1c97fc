import { Readable } from "node:stream"
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox"
import { ProblemSeverities } from "@homeroom/contracts"
import { findImport, listProblems, principalOf, streamProblems } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import type { FastifyRequest } from "fastify"
import Type from "typebox"
import { IngestErrors } from "../errors.js"
import { isImportId } from "./import-path.js"
import { problemsAsCsv } from "./problems-csv.js"

const querystring = Type.Object(
  {
    file: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    severity: Type.Optional(Type.Enum(ProblemSeverities)),
    code: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    cursor: Type.Optional(Type.String({ pattern: "^\\d{1,10}$" })),
    format: Type.Optional(Type.Enum(["json", "csv"])),
  },
  { additionalProperties: false },
)

const schema = {
  summary: "The problems validation found in an import's bundle",
  params: Type.Object({ id: Type.String() }),
  querystring,
}

/**
 * `GET /v1/imports/{id}/problems`: pages through an import's problems, filtered by file,
 * severity and code; `Accept: text/csv` or `?format=csv` downloads them all as CSV.
 */
export function problemsRoute(database: Database): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get("/v1/imports/:id/problems", { schema }, async (request, reply) => {
      const { districtId } = principalOf(request)
      const { id } = request.params
      const found = isImportId(id) ? await findImport(database, districtId, id) : null
      if (!found) throw IngestErrors.IMPORT_NOT_FOUND(id)

      const { limit, cursor, format, ...filter } = request.query
      if (wantsCsv(request, format)) {
        const lines = problemsAsCsv(streamProblems(database, id, filter))
        return reply
          .type("text/csv; charset=utf-8")
          .header(
            "content-disposition",
            `attachment; filename="import-${id}-problems.csv"`,
          )
          .send(Readable.from(lines))
      }
      const after = cursor === undefined ? undefined : Number(cursor)
      return listProblems(database, id, { ...filter, limit: limit ?? 100, after })
    })
  }
}

function wantsCsv(request: FastifyRequest, format: string | undefined): boolean {
  if (format) return format === "csv"
  return (request.headers.accept ?? "").includes("text/csv")
}
