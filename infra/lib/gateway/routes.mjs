/**
 * Which service answers which path. The front end uses the gateway's one base URL; the
 * same table is written for nginx in infra/proxy/nginx.conf.
 */
export const routes = [
  { prefix: "/v1/imports", service: "ingest" },
  { prefix: "/v1/sftp", service: "ingest" },
  { prefix: "/v1/settings", service: "ingest" },
  { prefix: "/v1/orgs", service: "roster" },
  { prefix: "/v1/academicSessions", service: "roster" },
  { prefix: "/v1/users", service: "roster" },
  { prefix: "/v1/classes", service: "roster" },
  { prefix: "/v1/enrollments", service: "roster" },
]

/** The service that answers a request path (query string included or not), or null. */
export function findService(requestPath) {
  const pathname = requestPath.split("?")[0]
  const route = routes.find(({ prefix }) => pathname.startsWith(prefix))

  return route?.service ?? null
}
