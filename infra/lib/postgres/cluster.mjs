import { PlatformError } from "../output.mjs"
import { readCommand, runCommand } from "../run-command.mjs"

/**
 * Finds the Debian/Ubuntu cluster (pg_lsclusters) configured for a port, or returns
 * null when there are no cluster tools or no cluster on that port.
 */
export async function findCluster(port) {
  const listing = await readCommand("pg_lsclusters", ["--no-header"])

  if (listing === null) return null

  const clusters = listing.split("\n").filter(Boolean).map(parseClusterLine)
  return clusters.find((cluster) => cluster.port === port) ?? null
}

/** Starts a cluster directly, since these machines may have no systemd to ask. */
export async function startCluster(cluster) {
  await controlCluster(cluster, "start")
}

/** Stops a cluster that the platform started. */
export async function stopCluster(cluster) {
  await controlCluster(cluster, "stop")
}

async function controlCluster({ version, name }, action) {
  const code = await runCommand("pg_ctlcluster", [
    "--skip-systemctl-redirect",
    version,
    name,
    action,
  ])

  if (code !== 0) {
    throw new PlatformError(
      `pg_ctlcluster ${version} ${name} ${action} failed (exit ${code})`,
    )
  }
}

function parseClusterLine(line) {
  const [version, name, port, status] = line.trim().split(/\s+/)

  return { version, name, port: Number(port), online: status === "online" }
}
