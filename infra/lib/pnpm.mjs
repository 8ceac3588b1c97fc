import { existsSync } from "node:fs"
import { join } from "node:path"
import { prependToPath } from "./executables.mjs"
import { PlatformError, report } from "./output.mjs"
import { repositoryRoot, toolsBinDirectory } from "./paths.mjs"
import { readCommand, runCommand } from "./run-command.mjs"
import { installTool } from "./tools.mjs"

/** The pnpm release the lockfile was written with; pnpm 11 and later need Node 22. */
const PNPM_VERSION = "10.34.9"

/**
 * Makes a pnpm 10 available and returns the command to run it. A pnpm installed here is
 * put first on PATH, because turbo runs each package's scripts through pnpm.
 */
export async function preparePnpm() {
  const version = await readVersion("pnpm")

  if (version?.startsWith("10.")) return "pnpm"

  const found = version ? `pnpm ${version} is not 10.x` : "pnpm is not installed"
  report(`${found}; using pnpm ${PNPM_VERSION} from .data/tools`)
  await installTool("pnpm", PNPM_VERSION)
  prependToPath(toolsBinDirectory)

  return join(toolsBinDirectory, "pnpm")
}

/** Installs the workspace's dependencies exactly as the lockfile records them. */
export async function installWorkspace(pnpm) {
  const hasLockfile = existsSync(join(repositoryRoot, "pnpm-lock.yaml"))
  const args = hasLockfile ? ["install", "--frozen-lockfile"] : ["install"]

  report(`pnpm ${args.join(" ")}`)
  const code = await runCommand(pnpm, args)

  if (code !== 0) throw new PlatformError(`pnpm ${args.join(" ")} failed (exit ${code})`)
}

async function readVersion(command) {
  const output = await readCommand(command, ["--version"])

  return output?.trim() || null
}
