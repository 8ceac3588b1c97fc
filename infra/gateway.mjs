// The development gateway: one base URL (GATEWAY_PORT, default 8080) in front of the four
// services, which it finds on 127.0.0.1 at their *_PORT variables. `npm start` runs it.
//   node infra/gateway.mjs
import { createGateway } from "./lib/gateway/gateway-server.mjs"
import { portOf, services } from "./lib/services/catalogue.mjs"

const port = Number(process.env.GATEWAY_PORT || 8080)
const host = process.env.HOST || "127.0.0.1"
const upstreams = Object.fromEntries(
  services.map((service) => [service.name, `http://127.0.0.1:${portOf(service)}`]),
)

const gateway = createGateway(upstreams)

gateway.listen(port, host, () =>
  console.log(`routing http://${host}:${port} to the services`),
)

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    gateway.close(() => process.exit(0))
    gateway.closeIdleConnections()
  })
}
