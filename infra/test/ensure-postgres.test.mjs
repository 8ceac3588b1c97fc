import assert from "node:assert/strict"
import { test } from "node:test"
import { parseDatabaseUrl, withDatabase } from "../lib/postgres/database-url.mjs"
import { loadPostgresDriver } from "../lib/postgres/driver.mjs"
import { ensurePostgres } from "../lib/postgres/ensure-postgres.mjs"
import { createShutdownSteps } from "../lib/processes/shutdown-steps.mjs"

// The administrative connection the test suite is given; the test makes its own database.
const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres"

test("uses the running Postgres and creates the URL's database once", async (context) => {
  const postgres = await loadPostgresDriver()
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} })
  const database = `homeroom_infra_${process.pid}_${Date.now()}`
  context.after(async () => {
    await admin.unsafe(`drop database if exists "${database}" with (force)`)
    await admin.end()
  })
  const shutdown = createShutdownSteps()
  const url = withDatabase(adminUrl, database)

  const first = await ensurePostgres(url, shutdown)
  const second = await ensurePostgres(url, shutdown)
  const rows = await admin`select datname from pg_database where datname = ${database}`

  assert.deepEqual(
    { first, second, rows: rows.map((row) => ({ ...row })) },
    { first: url, second: url, rows: [{ datname: database }] },
  )
})

test("reads host, port and database from a DATABASE_URL", () => {
  assert.deepEqual(
    [
      parseDatabaseUrl("postgres://postgres@127.0.0.1:5432/homeroom"),
      parseDatabaseUrl("postgresql://app:secret@db.internal/roster"),
      parseDatabaseUrl("postgres://postgres@localhost:6543"),
    ],
    [
      { host: "127.0.0.1", port: 5432, database: "homeroom" },
      { host: "db.internal", port: 5432, database: "roster" },
      { host: "localhost", port: 6543, database: "postgres" },
    ],
  )
})
