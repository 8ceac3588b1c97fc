import { reportFailure } from "../failure.mjs"
import { ensureMailSink } from "../mail/ensure-mail-sink.mjs"
import { ensureNats } from "../nats/ensure-nats.mjs"
import { report } from "../output.mjs"
import { installWorkspace, preparePnpm } from "../pnpm.mjs"
import { ensurePostgres } from "../postgres/ensure-postgres.mjs"
import { createShutdownSteps } from "../processes/shutdown-steps.mjs"
import { onStopSignal } from "../processes/stop-signals.mjs"
import { runMigrations } from "../services/migrations.mjs"
import { checkPortsAreFree } from "../services/ports.mjs"
import { runServices } from "../services/run-services.mjs"
import { applyStartDefaults } from "../settings.mjs"
import { printSummary } from "../summary.mjs"

/**
 * `npm start`: installs the workspace, makes sure Postgres, NATS and a mail server are
 * there, applies the migrations, runs the four services and the gateway until Ctrl-C,
 * then stops everything it started and exits 0.
 */
export async function start() {
  applyStartDefaults()
  const shutdown = createShutdownSteps()
  onStopSignal((signal) => stopAndExit(shutdown, signal), {
    onRepeat: () => report("still stopping; please wait"),
  })

  try {
    await startPlatform(shutdown)
  } catch (error) {
    reportFailure(error)
    await shutdown.run()
    process.exit(1)
  }
}

async function startPlatform(shutdown) {
  await checkPortsAreFree()
  const pnpm = await preparePnpm()
  await installWorkspace(pnpm)

  process.env.DATABASE_URL = await ensurePostgres(process.env.DATABASE_URL, shutdown)
  await ensureNats(process.env.NATS_URL, shutdown)
  const mailSink = await ensureMailSink(process.env.SMTP_URL, shutdown)

  await runMigrations(pnpm)
  await runServices(shutdown)
  printSummary({ mailSinkStarted: mailSink.started })
}

async function stopAndExit(shutdown, signal) {
  report(`${signal} received: stopping`)
  await shutdown.run()
  report("stopped")
  process.exit(0)
}
