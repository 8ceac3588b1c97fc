/**
 * Which service answers which path, first match wins. The front end uses the gateway's
 * one base URL; the same table is written for nginx in infra/proxy/nginx.conf. A paused
 * import's change set and decision belong to the roster, which keeps the change set.
 */
export const routes = [
  { pattern: /^\/v1\/imports\/[^/]+\/(changes|decision)$/, service: "roster" },
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
  const route = routes.find(({ prefix, pattern }) =>
    pattern ? pattern.test(pathname) : pathname.startsWith(prefix),
  )

  return route?.service ?? null
}
