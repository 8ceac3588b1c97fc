/**
 * Measures one large upload on loopback: the ingest service runs as its own process, on
 * a fresh database and a private NATS server, and its resident memory is read from /proc
 * while a bundle-sized file of random bytes streams in.
 *
 *   pnpm exec tsx --conditions=@homeroom/source bench/upload-bench.ts [megabytes]
 */
import { type ChildProcess, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { openAsBlob } from "node:fs"
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createDistrict, migrateRecords } from "@homeroom/records"
import { closeDatabase, openDatabase } from "@homeroom/service-kit"
import { createTestDatabase, freePort, startNatsServer, waitFor } from "@homeroom/testing"

const megabytes = Number(process.argv[2] ?? "45")

async function memoryOf(pid: number) {
  const status = await readFile(`/proc/${pid}/status`, "utf8")
  const kilobytes = (field: string) =>
    Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1])
  return { rssMb: kilobytes("VmRSS") / 1024, peakRssMb: kilobytes("VmHWM") / 1024 }
}

/** Runs ingest from source in a process of its own, so its memory is measured alone. */
function startIngestProcess(environment: Record<string, string>): ChildProcess {
  const argumentsList = [
    "--import",
    "tsx",
    "--conditions=@homeroom/source",
    "src/server.ts",
  ]
  return spawn(process.execPath, argumentsList, {
    env: { ...process.env, ...environment },
    stdio: "ignore",
  })
}

async function stopProcess(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  child.kill("SIGTERM")
  await exited
}

async function main() {
  const database = await createTestDatabase()
  const nats = await startNatsServer()
  const directory = await mkdtemp(join(tmpdir(), "homeroom-bench-"))
  let ingest: ChildProcess | undefined
  try {
    await migrateRecords(database.url)
    const records = openDatabase(database.url, { applicationName: "bench" })
    const { token } = await createDistrict(records, { name: "Bench District" })
    await closeDatabase(records, 5)

    const port = await freePort()
    ingest = startIngestProcess({
      DATABASE_URL: database.url,
      NATS_URL: nats.url,
      HOST: "127.0.0.1",
      INGEST_PORT: String(port),
      LOG_LEVEL: "warn",
    })
    const url = `http://127.0.0.1:${port}`
    await waitFor(() => fetch(`${url}/health/ready`).then((response) => response.ok), {
      timeoutMs: 60_000,
      what: "ingest to be ready",
    })
    const pid = Number(ingest.pid)

    const file = join(directory, "bundle.zip")
    await writeFile(file, randomBytes(megabytes * 1024 * 1024))
    const form = new FormData()
    form.append("file", await openAsBlob(file), "bundle.zip")

    const idle = await memoryOf(pid)
    const started = performance.now()
    const response = await fetch(`${url}/v1/imports`, {
      method: "POST",
      headers: { authorization: `Bearer ${token.token}` },
      body: form,
    })
    await response.text()
    const seconds = (performance.now() - started) / 1000
    const after = await memoryOf(pid)

    console.log(
      JSON.stringify({ megabytes, status: response.status, seconds, idle, after }),
    )
  } finally {
    await stopProcess(ingest)
    await nats.destroy()
    await database.drop()
    await rm(directory, { recursive: true, force: true })
  }
}

await main()
