import type { ConfigOf, ConfigSpec } from "../config/read-config.js"
import { ServiceError } from "../errors/service-error.js"
import { type CommonSpec, type ServiceDefinition, startService } from "./start-service.js"

const ExitOnConfigError = 78

/**
 * The entry point of a service process: starts it, and on SIGTERM or SIGINT shuts it
 * down gracefully within SHUTDOWN_TIMEOUT_MS, exiting with an error if that overruns.
 * A bad configuration prints every problem at once and exits with status 78 (EX_CONFIG).
 */
export async function runService<Spec extends ConfigSpec>(
  definition: ServiceDefinition<Spec>,
) {
  let service: Awaited<ReturnType<typeof startService<Spec>>>
  try {
    service = await startService(definition)
  } catch (error) {
    reportStartFailure(definition.name, error)
    return
  }

  const common = service.context.config as ConfigOf<CommonSpec>
  const timeoutMs = common.SHUTDOWN_TIMEOUT_MS
  const shutdown = (signal: string) => {
    service.context.logger.info({ signal }, "shutdown requested")
    const timer = setTimeout(() => {
      service.context.logger.error({ timeoutMs }, "shutdown overran, exiting")
      process.exit(1)
    }, timeoutMs)
    timer.unref()
    service.stop().then(() => process.exit(0))
  }
  process.once("SIGTERM", shutdown)
  process.once("SIGINT", shutdown)
}

function reportStartFailure(name: string, error: unknown) {
  const isConfig = error instanceof ServiceError && error.code === "HR_KIT_CONFIG_INVALID"
  const summary = error instanceof Error ? error.message : String(error)
  process.stderr.write(`homeroom-${name} did not start. ${summary}\n`)
  process.exit(isConfig ? ExitOnConfigError : 1)
}
