/**
 * Measures one large SFTP delivery on loopback: ingest runs as its own process, on a
 * fresh database and a private NATS server, and OpenSSH's `sftp` puts a bundle-sized
 * zip into `/upload`. Reported: the time from starting the client to the import being
 * recorded, the client's own run time, the ingest process's memory, and whether ssh2's
 * native crypto binding is loaded.
 *
 *   pnpm exec tsx --conditions=@homeroom/source bench/sftp-bench.ts [megabytes]
 */
import { type ChildProcess, execFile, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { createWriteStream } from "node:fs"
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pipeline } from "node:stream/promises"
import { promisify } from "node:util"
import { createDistrict, imports, migrateRecords } from "@homeroom/records"
import { closeDatabase, type Database, openDatabase } from "@homeroom/service-kit"
import { createTestDatabase, freePort, startNatsServer, waitFor } from "@homeroom/testing"
import yazl from "yazl"

const megabytes = Number(process.argv[2] ?? "45")
const runFile = promisify(execFile)

async function memoryOf(pid: number) {
  const status = await readFile(`/proc/${pid}/status`, "utf8")
  const kilobytes = (field: string) =>
    Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1])
  return { rssMb: kilobytes("VmRSS") / 1024, peakRssMb: kilobytes("VmHWM") / 1024 }
}

function nativeCryptoLoaded(): boolean {
  const require = createRequire(import.meta.url)
  const crypto = require("ssh2/lib/protocol/crypto.js") as { bindingAvailable: boolean }
  return crypto.bindingAvailable
}

/** Random bytes stored (not deflated) in a zip, so the file is as large as asked. */
async function writeZip(path: string, bytes: number) {
  const zip = new yazl.ZipFile()
  zip.addBuffer(randomBytes(bytes), "enrollments.csv", { compress: false })
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(path))
}

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

async function rotatePassword(url: string, token: string) {
  const response = await fetch(`${url}/v1/sftp/credentials/rotate`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
  })
  return (await response.json()) as { username: string; password: string; port: number }
}

async function putByOpenSsh(
  directory: string,
  login: { username: string; password: string; port: number },
  file: string,
) {
  const askpass = join(directory, "askpass.sh")
  await writeFile(askpass, '#!/bin/sh\nprintf "%s\\n" "$BENCH_SFTP_PASSWORD"\n')
  await chmod(askpass, 0o700)
  const batch = join(directory, "batch.txt")
  await writeFile(batch, `put ${file} /upload/bench.zip\n`)
  const options = ["StrictHostKeyChecking=no", "UserKnownHostsFile=/dev/null"]
  const argumentsList = ["-F", "/dev/null", "-o", "BatchMode=no", "-b", batch]
  argumentsList.push("-P", String(login.port), ...options.flatMap((o) => ["-o", o]))
  argumentsList.push(`${login.username}@127.0.0.1`)
  return runFile("sftp", argumentsList, {
    env: {
      ...process.env,
      SSH_ASKPASS: askpass,
      SSH_ASKPASS_REQUIRE: "force",
      DISPLAY: ":0",
      BENCH_SFTP_PASSWORD: login.password,
    },
  })
}

async function importRecordedAt(database: Database, since: number): Promise<number> {
  await waitFor(async () => (await database.select().from(imports)).length > 0, {
    timeoutMs: 300_000,
    intervalMs: 10,
    what: "the import to be recorded",
  })
  return (performance.now() - since) / 1000
}

async function main() {
  const database = await createTestDatabase()
  const nats = await startNatsServer()
  const directory = await mkdtemp(join(tmpdir(), "homeroom-sftp-bench-"))
  const records = openDatabase(database.url, { applicationName: "bench" })
  let ingest: ChildProcess | undefined
  try {
    await migrateRecords(database.url)
    const { token } = await createDistrict(records, { name: "Bench District" })
    const port = await freePort()
    ingest = startIngestProcess({
      DATABASE_URL: database.url,
      NATS_URL: nats.url,
      HOST: "127.0.0.1",
      INGEST_PORT: String(port),
      SFTP_PORT: String(await freePort()),
      SFTP_HOST_KEY_PATH: join(directory, "host_key"),
      LOG_LEVEL: "warn",
    })
    const url = `http://127.0.0.1:${port}`
    await waitFor(() => fetch(`${url}/health/ready`).then((response) => response.ok), {
      timeoutMs: 60_000,
      what: "ingest to be ready",
    })
    const login = await rotatePassword(url, token.token)
    const file = join(directory, "bundle.zip")
    await writeZip(file, megabytes * 1024 * 1024)
    const pid = Number(ingest.pid)

    const idle = await memoryOf(pid)
    const started = performance.now()
    const recorded = importRecordedAt(records, started)
    await putByOpenSsh(directory, login, file)
    const clientSeconds = (performance.now() - started) / 1000
    const recordedSeconds = await recorded
    const after = await memoryOf(pid)

    const zipMb = (await readFile(file)).length / 1024 / 1024
    const nativeCrypto = nativeCryptoLoaded()
    console.log(
      JSON.stringify({
        zipMb,
        recordedSeconds,
        clientSeconds,
        idle,
        after,
        nativeCrypto,
      }),
    )
  } finally {
    await stopProcess(ingest)
    await closeDatabase(records, 5)
    await nats.destroy()
    await database.drop()
    await rm(directory, { recursive: true, force: true })
  }
}

await main()
