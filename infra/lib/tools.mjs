import { existsSync } from "node:fs"
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import { PlatformError, report } from "./output.mjs"
import { toolsDirectory } from "./paths.mjs"
import { runCommand } from "./run-command.mjs"

/**
 * Installs an exact package version with npm into the project-local tools prefix, unless
 * that version is already there, and returns the package's directory.
 */
export async function installTool(name, version) {
  const directory = join(toolsDirectory, "node_modules", name)

  if (await hasVersion(directory, version)) return directory

  report(`installing ${name}@${version} into ${toolsDirectory}`)
  const code = await runCommand("npm", [
    "install",
    "--prefix",
    toolsDirectory,
    "--no-audit",
    "--no-fund",
    "--save-exact",
    `${name}@${version}`,
  ])

  if (code !== 0) throw new PlatformError(`npm could not install ${name}@${version}`)
  return directory
}

async function hasVersion(directory, version) {
  const manifestPath = join(directory, "package.json")

  if (!existsSync(manifestPath)) return false

  const manifest = JSON.parse(await readFile(manifestPath, "utf8"))

  return manifest.version === version
}
