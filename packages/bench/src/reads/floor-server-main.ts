import { createFloorServer } from "./floor-server.js"

/**
 * The floor server as a process of its own, as the roster runs, so the load generator
 * does not share its event loop: `DATABASE_URL`, `DISTRICT_ID` and `PORT` configure it.
 */
const app = createFloorServer({
  databaseUrl: requiredVariable("DATABASE_URL"),
  districtId: requiredVariable("DISTRICT_ID"),
  maxConnections: 10,
})
await app.listen({ host: "127.0.0.1", port: Number(requiredVariable("PORT")) })
process.once("SIGTERM", () => {
  void app.close().then(() => process.exit(0))
})

function requiredVariable(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set`)
  return value
}
