/**
 * The platform's four services, in the order they are started. Each is
 * apps/<name>/src/server.ts and listens on the port in its own variable.
 */
export const services = [
  { name: "ingest", portVariable: "INGEST_PORT", defaultPort: 3001 },
  { name: "validation", portVariable: "VALIDATION_PORT", defaultPort: 3002 },
  { name: "roster", portVariable: "ROSTER_PORT", defaultPort: 3003 },
  { name: "notification", portVariable: "NOTIFICATION_PORT", defaultPort: 3004 },
]

/** The port a service listens on, from its variable or its default. */
export function portOf(service, environment = process.env) {
  return Number(environment[service.portVariable] || service.defaultPort)
}
