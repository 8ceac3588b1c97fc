import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox"
import type { RosterEntity } from "@homeroom/contracts"
import { principalOf } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import { findClassDetail } from "../reading/class-detail.js"
import { findRecord } from "../reading/find-record.js"
import { ReadableEntities } from "../reading/readable-entities.js"
import { SourcedIdParams } from "./list-queries.js"

const PlainEntities = [
  "orgs",
  "academicSessions",
  "users",
  "enrollments",
] as const satisfies readonly RosterEntity[]

/**
 * `GET /v1/<entity>/{sourcedId}`: one record of the caller's district, whatever its
 * status. A class comes with its teachers, terms and school.
 */
export const recordRoutes: FastifyPluginAsyncTypebox<{ database: Database }> = async (
  app,
  { database },
) => {
  for (const entity of PlainEntities) {
    app.get(
      `/v1/${entity}/:sourcedId`,
      { schema: { params: SourcedIdParams } },
      (request) =>
        findRecord(
          database,
          ReadableEntities[entity],
          principalOf(request).districtId,
          request.params.sourcedId,
        ),
    )
  }

  app.get("/v1/classes/:sourcedId", { schema: { params: SourcedIdParams } }, (request) =>
    findClassDetail(database, principalOf(request).districtId, request.params.sourcedId),
  )
}
