import {
  canConnect,
  findFreePort,
  isLoopback,
  isPortFree,
  waitUntil,
} from "../network.mjs"
import { PlatformError, report } from "../output.mjs"
import { waitWhileRunning } from "../processes/while-running.mjs"
import { findCluster, startCluster, stopCluster } from "./cluster.mjs"
import { createDatabaseIfMissing } from "./database.mjs"
import { describeDatabaseUrl, parseDatabaseUrl, withPort } from "./database-url.mjs"
import { startEmbeddedPostgres } from "./embedded.mjs"

const STARTUP_TIMEOUT_MS = 60_000

// A server that is still starting refuses connections or answers "starting up" (57P03).
const STARTING_UP_CODES = new Set(["57P03", "ECONNREFUSED", "ECONNRESET"])

/**
 * Makes sure a Postgres server answers at the URL and holds its database, and resolves
 * with the URL to use. In order: a server already listening there; else, on this
 * machine, an installed cluster for that port; else embedded Postgres from npm. Whatever
 * it starts is registered with the shutdown steps.
 */
export async function ensurePostgres(databaseUrl, shutdown) {
  const { host, port } = parseDatabaseUrl(databaseUrl)

  if (await canConnect(host, port)) {
    report(`using the Postgres already listening at ${host}:${port}`)
    return prepareDatabase(databaseUrl)
  }

  if (!isLoopback(host)) {
    throw new PlatformError(`Postgres at ${host}:${port} is not reachable (DATABASE_URL)`)
  }

  const startedUrl = await startLocalPostgres(databaseUrl, port, shutdown)
  return prepareDatabase(startedUrl)
}

async function startLocalPostgres(databaseUrl, port, shutdown) {
  const cluster = await findCluster(port)

  if (cluster) {
    await startInstalledCluster(cluster, shutdown)
    return databaseUrl
  }

  const embeddedPort = (await isPortFree(port)) ? port : await findFreePort()
  await startEmbedded(embeddedPort, shutdown)

  return withPort(databaseUrl, embeddedPort)
}

async function startInstalledCluster(cluster, shutdown) {
  report(`starting the installed Postgres cluster ${cluster.version}/${cluster.name}`)
  await startCluster(cluster)
  await shutdown.add(`Postgres cluster ${cluster.version}/${cluster.name}`, () =>
    stopCluster(cluster),
  )
}

async function startEmbedded(port, shutdown) {
  report(
    `no Postgres cluster installed for this port: starting embedded Postgres on ${port}`,
  )
  const server = await startEmbeddedPostgres(port)
  await shutdown.add("embedded Postgres", () => server.stop(15_000))

  await waitWhileRunning(server, waitForConnections(port))
}

function waitForConnections(port) {
  return waitUntil(() => canConnect("127.0.0.1", port), {
    timeoutMs: STARTUP_TIMEOUT_MS,
    description: `Postgres on port ${port}`,
  })
}

/** Waits until the server accepts queries, then creates the database if needed. */
async function prepareDatabase(databaseUrl) {
  const { host, port, database } = parseDatabaseUrl(databaseUrl)
  const outcome = await waitUntil(() => tryCreateDatabase(databaseUrl), {
    timeoutMs: STARTUP_TIMEOUT_MS,
    intervalMs: 500,
    description: `Postgres at ${host}:${port} to accept queries`,
  })

  if (outcome === "created") report(`created the database ${database}`)
  return databaseUrl
}

async function tryCreateDatabase(databaseUrl) {
  try {
    return (await createDatabaseIfMissing(databaseUrl)) ? "created" : "present"
  } catch (error) {
    if (STARTING_UP_CODES.has(error.code)) return null

    const target = describeDatabaseUrl(databaseUrl)
    throw new PlatformError(`Postgres refused ${target}: ${error.message}`)
  }
}
