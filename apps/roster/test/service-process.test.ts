import { type ChildProcess, spawn } from "node:child_process"
import { once } from "node:events"
import { createInterface } from "node:readline"
import { createTestDatabase, startNatsServer } from "@homeroom/testing"
import postgres from "postgres"
import { afterAll, describe, expect, onTestFinished, test } from "vitest"
import { migrateDatabase } from "../src/db/migrate.js"

const packageRoot = new URL("..", import.meta.url).pathname
const cleanups: Array<() => Promise<void>> = []

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

function runTypeScript(entry: string, environment: Record<string, string>): ChildProcess {
  return spawn(
    process.execPath,
    ["--conditions=@homeroom/source", "--import", "tsx", entry],
    {
      cwd: packageRoot,
      env: { PATH: process.env["PATH"] ?? "", ...environment },
      stdio: ["ignore", "pipe", "pipe"],
    },
  )
}

async function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode
  const [code] = await once(child, "exit")
  return code as number | null
}

describe("the roster service as its own process", () => {
  test("migrates a database from the command line", async () => {
    const database = await createTestDatabase()
    cleanups.push(database.drop)

    const migration = runTypeScript("src/db/migrate.ts", { DATABASE_URL: database.url })
    const code = await exitCode(migration)

    const sql = postgres(database.url, { max: 1, onnotice: () => {} })
    onTestFinished(() => sql.end())
    const tables = await sql`
      select relname, relkind from pg_class
      where relname in ('users', 'enrollments', 'orgs', 'roster_outbox') order by relname`
    expect(code).toBe(0)
    expect([...tables]).toEqual([
      { relname: "enrollments", relkind: "p" },
      { relname: "orgs", relkind: "r" },
      { relname: "roster_outbox", relkind: "r" },
      { relname: "users", relkind: "p" },
    ])
  })

  test("starts from environment variables, reports ready and stops on SIGTERM", async () => {
    const database = await createTestDatabase()
    cleanups.push(database.drop)
    await migrateDatabase(database.url)
    const nats = await startNatsServer()
    cleanups.push(nats.destroy)

    const service = runTypeScript("src/server.ts", {
      DATABASE_URL: database.url,
      NATS_URL: nats.url,
      HOST: "127.0.0.1",
      ROSTER_PORT: "0",
      LOG_LEVEL: "info",
    })
    cleanups.push(async () => {
      if (service.exitCode === null) service.kill("SIGKILL")
    })
    const address = await startedAddress(service)

    const ready = await fetch(`${address}/health/ready`)
    service.kill("SIGTERM")

    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({
      status: "ready",
      checks: { postgres: { status: "up" }, nats: { status: "up" } },
    })
    expect(await exitCode(service)).toBe(0)
  })
})

async function startedAddress(service: ChildProcess): Promise<string> {
  const lines = createInterface({ input: service.stdout ?? process.stdin })
  for await (const line of lines) {
    const entry = JSON.parse(line) as { msg?: string; address?: string }
    if (entry.msg === "service started" && entry.address) return entry.address
  }
  throw new Error("the service stopped before it started")
}
