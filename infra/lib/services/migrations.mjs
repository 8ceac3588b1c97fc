import { PlatformError, report } from "../output.mjs"
import { repositoryRoot } from "../paths.mjs"
import { runPrefixed } from "../processes/one-shot.mjs"

/** Applies every migration of the platform to DATABASE_URL before any service starts. */
export async function runMigrations(pnpm) {
  report("applying database migrations")
  const code = await runPrefixed({
    name: "migrate",
    command: pnpm,
    args: ["--filter", "@homeroom/roster", "run", "migrate"],
    cwd: repositoryRoot,
  })

  if (code !== 0) throw new PlatformError(`the migrations failed (exit ${code})`)
}
