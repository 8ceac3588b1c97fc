import { isPortFree } from "../network.mjs"
import { PlatformError } from "../output.mjs"
import { services } from "./catalogue.mjs"

/**
 * Fails before anything starts when a service's or the gateway's port is taken, most
 * often by another `npm start`, whose services would otherwise answer the health checks.
 */
export async function checkPortsAreFree(environment = process.env) {
  const host = environment.HOST || "127.0.0.1"
  const ports = [
    ...services.map((service) => [
      service.portVariable,
      environment[service.portVariable],
    ]),
    ["GATEWAY_PORT", environment.GATEWAY_PORT],
  ]

  for (const [variable, port] of ports) {
    if (!(await isPortFree(Number(port), host))) {
      throw new PlatformError(
        `port ${port} (${variable}) is in use; is Homeroom running?`,
      )
    }
  }
}
