import { findExecutable } from "./executables.mjs"
import { report } from "./output.mjs"
import { runCommand } from "./run-command.mjs"

/** Tells whether this process may install Debian packages: apt-get is there and we are root. */
export async function canInstallDebianPackages() {
  return process.getuid?.() === 0 && (await findExecutable("apt-get")) !== null
}

/** Refreshes the package lists, then installs one package without questions. */
export async function installDebianPackage(name) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }

  report(`installing ${name} with apt-get`)
  if ((await runCommand("apt-get", ["update"], { env })) !== 0) return false

  return (await runCommand("apt-get", ["install", "-y", name], { env })) === 0
}
