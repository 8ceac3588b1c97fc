/** The parts of a postgres:// URL the platform needs to find or start a server. */
export function parseDatabaseUrl(databaseUrl) {
  const url = new URL(databaseUrl)

  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    database: decodeURIComponent(url.pathname.slice(1)) || "postgres",
  }
}

/** The same server and credentials, connected to another database. */
export function withDatabase(databaseUrl, database) {
  const url = new URL(databaseUrl)
  url.pathname = `/${encodeURIComponent(database)}`

  return url.toString()
}

/** The same URL pointing at another port. */
export function withPort(databaseUrl, port) {
  const url = new URL(databaseUrl)
  url.port = String(port)

  return url.toString()
}

/** The URL as it may be printed: any password is replaced. */
export function describeDatabaseUrl(databaseUrl) {
  const url = new URL(databaseUrl)

  if (url.password) url.password = "****"
  return url.toString()
}
