import multipart from "@fastify/multipart"
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox"
import { administratorOf } from "@homeroom/records"
import Type from "typebox"
import { type IngestDependencies, receiveBundle } from "../imports/receive-bundle.js"
import { readBundlePart } from "./bundle-part.js"
import { importPath } from "./import-path.js"
import { ErrorSchema, ReceivedImportSchema } from "./import-schemas.js"
import { discardUnreadBody } from "./unread-body.js"

const schema = {
  summary: "Upload a OneRoster bundle (a zip) as multipart/form-data, field `file`",
  querystring: Type.Object({
    dryRun: Type.Boolean({
      default: false,
      description: "Validate and report only: never compared, applied or emailed",
    }),
  }),
  response: {
    202: ReceivedImportSchema,
    400: ErrorSchema,
    401: ErrorSchema,
    403: ErrorSchema,
    413: ErrorSchema,
    415: ErrorSchema,
    503: ErrorSchema,
  },
}

/**
 * `POST /v1/imports`: an administrator uploads a bundle. The bundle streams straight to
 * storage; the answer comes once it is stored, recorded and queued. `?dryRun=true`
 * checks the bundle without touching the roster.
 */
export function uploadRoute(dependencies: IngestDependencies): FastifyPluginAsyncTypebox {
  return async (app) => {
    // The bundle meter enforces the real limit and answers with its own error; busboy's
    // limit sits one byte above so that the meter always sees the excess first.
    await app.register(multipart, {
      limits: { fileSize: dependencies.maxUploadBytes + 1, files: 1 },
    })

    // Any other body is left unread, so the route itself can answer what it expects.
    app.addContentTypeParser("*", (_request, _payload, done) => done(null))
    app.addHook("onSend", discardUnreadBody)

    app.post("/v1/imports", { schema }, async (request, reply) => {
      const { districtId } = administratorOf(request)
      const part = await readBundlePart(request)

      const received = await receiveBundle(dependencies, {
        districtId,
        source: "upload",
        fileName: part.filename,
        stream: part.file,
        dryRun: request.query.dryRun,
      })
      const self = importPath(received.id)
      return reply
        .code(202)
        .header("location", self)
        .send({ ...received, links: { self } })
    })
  }
}
