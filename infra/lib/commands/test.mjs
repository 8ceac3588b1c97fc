import { reportFailure } from "../failure.mjs"
import { findOrInstallNatsServer } from "../nats/server-binary.mjs"
import { report } from "../output.mjs"
import { installWorkspace, preparePnpm } from "../pnpm.mjs"
import { describeDatabaseUrl } from "../postgres/database-url.mjs"
import { ensurePostgres } from "../postgres/ensure-postgres.mjs"
import { createShutdownSteps } from "../processes/shutdown-steps.mjs"
import { onStopSignal } from "../processes/stop-signals.mjs"
import { runCommand } from "../run-command.mjs"
import { applyTestDefaults } from "../settings.mjs"

/**
 * `npm test`: installs the workspace, makes sure Postgres answers and that nats-server
 * is installed (tests start their own servers), runs the whole suite and exits with its
 * code. A Postgres started here is stopped afterwards.
 */
export async function test() {
  applyTestDefaults()
  const shutdown = createShutdownSteps()
  onStopSignal((signal) => stopAndExit(shutdown, signal), { onRepeat: () => {} })

  const code = await prepareAndRunSuite(shutdown).catch((error) => {
    reportFailure(error)
    return 1
  })

  await shutdown.run()
  process.exit(code)
}

async function prepareAndRunSuite(shutdown) {
  const pnpm = await preparePnpm()
  await installWorkspace(pnpm)

  process.env.DATABASE_URL = await ensurePostgres(process.env.DATABASE_URL, shutdown)
  process.env.NATS_SERVER_BIN = await findOrInstallNatsServer()
  report(`tests use ${describeDatabaseUrl(process.env.DATABASE_URL)} to create databases`)
  report(`tests start their own NATS servers with ${process.env.NATS_SERVER_BIN}`)

  return runSuite(pnpm)
}

const CHECK_INFRA = ["exec", "biome", "check", "infra"]
const CHECK_PACKAGES = "exec turbo run lint typecheck --continue=never".split(" ")
// Test suites run one package at a time: each starts databases, NATS servers and whole
// services, and two cores shared by several suites at once turn timings into failures.
const RUN_PACKAGE_TESTS = "exec turbo run test --concurrency=1 --continue=never".split(
  " ",
)

/** The platform's own scripts first (they are quick), then every package with turbo. */
async function runSuite(pnpm) {
  const steps = [
    [pnpm, CHECK_INFRA],
    [process.execPath, ["--test", "infra/test/"]],
    [pnpm, CHECK_PACKAGES],
    [pnpm, RUN_PACKAGE_TESTS],
  ]

  for (const [command, args] of steps) {
    const code = await runCommand(command, args)

    if (code !== 0) return code
  }

  return 0
}

async function stopAndExit(shutdown, signal) {
  report(`${signal} received: stopping`)
  await shutdown.run()
  process.exit(signal === "SIGINT" ? 130 : 143)
}
