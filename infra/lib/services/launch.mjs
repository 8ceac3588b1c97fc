import { join } from "node:path"
import { repositoryRoot } from "../paths.mjs"
import { startSupervisedProcess } from "../processes/supervised-process.mjs"

/**
 * Starts one service from its TypeScript source with the app's own tsx, resolving the
 * workspace packages to their source too, so nothing needs to be built first.
 */
export function startService(service) {
  const directory = join(repositoryRoot, "apps", service.name)

  return startSupervisedProcess({
    name: service.name,
    command: join(directory, "node_modules/.bin/tsx"),
    args: ["--conditions=@homeroom/source", "src/server.ts"],
    cwd: directory,
  })
}
