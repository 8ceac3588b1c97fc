import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox"
import { principalOf } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import {
  classFilters,
  enrollmentFilters,
  type ListFilters,
  userFilters,
} from "../reading/list-filters.js"
import { type ListOptions, listRecords } from "../reading/list-records.js"
import { ReadableEntities } from "../reading/readable-entities.js"
import {
  ClassListQuery,
  EnrollmentListQuery,
  PageQuery,
  type PageQueryValues,
  UserListQuery,
} from "./list-queries.js"

const DefaultLimit = 100

/**
 * `GET /v1/orgs`, `/v1/academicSessions`, `/v1/users`, `/v1/classes` and
 * `/v1/enrollments`: the caller's district's records in `sourcedId` order, a page at a
 * time, active ones unless `status` says otherwise.
 */
export const listRoutes: FastifyPluginAsyncTypebox<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get("/v1/orgs", { schema: { querystring: PageQuery } }, (request) =>
    listRecords(
      database,
      ReadableEntities.orgs,
      principalOf(request).districtId,
      pageOptions(request.query, { conditions: [] }),
    ),
  )

  app.get("/v1/academicSessions", { schema: { querystring: PageQuery } }, (request) =>
    listRecords(
      database,
      ReadableEntities.academicSessions,
      principalOf(request).districtId,
      pageOptions(request.query, { conditions: [] }),
    ),
  )

  app.get("/v1/users", { schema: { querystring: UserListQuery } }, (request) =>
    listRecords(
      database,
      ReadableEntities.users,
      principalOf(request).districtId,
      pageOptions(request.query, userFilters(request.query)),
    ),
  )

  app.get("/v1/classes", { schema: { querystring: ClassListQuery } }, (request) =>
    listRecords(
      database,
      ReadableEntities.classes,
      principalOf(request).districtId,
      pageOptions(request.query, classFilters(request.query)),
    ),
  )

  app.get(
    "/v1/enrollments",
    { schema: { querystring: EnrollmentListQuery } },
    (request) =>
      listRecords(
        database,
        ReadableEntities.enrollments,
        principalOf(request).districtId,
        pageOptions(request.query, enrollmentFilters(request.query)),
      ),
  )
}

function pageOptions(query: PageQueryValues, filters: ListFilters): ListOptions {
  return {
    limit: query.limit ?? DefaultLimit,
    cursor: query.cursor,
    status: query.status ?? "active",
    filters: filters.conditions,
    link: filters.link,
  }
}
