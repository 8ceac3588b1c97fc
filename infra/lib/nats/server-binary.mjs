import { canInstallDebianPackages, installDebianPackage } from "../debian-packages.mjs"
import { findExecutable, isExecutable } from "../executables.mjs"
import { PlatformError } from "../output.mjs"

const HOW_TO_INSTALL =
  "nats-server (2.9 or later) is not installed. Install it, for example with " +
  "`apt-get install nats-server` on Debian or Ubuntu or a release binary from the NATS " +
  "project, and put it on PATH or set NATS_SERVER_BIN to its path."

/**
 * Finds the nats-server executable (NATS_SERVER_BIN, then PATH and the system
 * directories), installing Debian's package when that is possible.
 */
export async function findOrInstallNatsServer() {
  const configured = process.env.NATS_SERVER_BIN

  if (configured) return checkConfigured(configured)

  const found = await findExecutable("nats-server")
  if (found) return found

  return installNatsServer()
}

async function checkConfigured(path) {
  if (await isExecutable(path)) return path

  throw new PlatformError(`NATS_SERVER_BIN is ${path}, which is not an executable file`)
}

async function installNatsServer() {
  if (!(await canInstallDebianPackages())) throw new PlatformError(HOW_TO_INSTALL)

  const installed = await installDebianPackage("nats-server")
  const found = installed ? await findExecutable("nats-server") : null

  if (!found) throw new PlatformError(HOW_TO_INSTALL)
  return found
}
