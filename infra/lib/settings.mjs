import { services } from "./services/catalogue.mjs"

const DEFAULT_GATEWAY_PORT = "8080"

/**
 * Fills in every variable the services and the gateway read that the person running
 * the platform did not set, so that every process started inherits the same values.
 */
export function applyStartDefaults(environment = process.env) {
  const gatewayPort = environment.GATEWAY_PORT || DEFAULT_GATEWAY_PORT

  applyDefaults(environment, {
    DATABASE_URL: "postgres://postgres@127.0.0.1:5432/homeroom",
    NATS_URL: "nats://127.0.0.1:4222",
    SMTP_URL: "smtp://127.0.0.1:1025",
    // A development machine should not offer the services to its whole network.
    HOST: "127.0.0.1",
    GATEWAY_PORT: gatewayPort,
    PUBLIC_BASE_URL: `http://127.0.0.1:${gatewayPort}`,
    ...Object.fromEntries(services.map((service) => portDefault(service))),
  })
}

/**
 * Tests create and drop their own databases, so their DATABASE_URL is an administrative
 * connection to the server's maintenance database.
 */
export function applyTestDefaults(environment = process.env) {
  applyDefaults(environment, {
    DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres",
    TURBO_TELEMETRY_DISABLED: "1",
  })
}

function portDefault(service) {
  return [service.portVariable, String(service.defaultPort)]
}

function applyDefaults(environment, defaults) {
  for (const [name, value] of Object.entries(defaults)) {
    if (!environment[name]) environment[name] = value
  }
}
