import { open, readdir, stat } from "node:fs/promises"
import { join } from "node:path"
import {
  captureLogs,
  type LogCapture,
  prepareSftpClient,
  reserveTcpRelay,
  type SftpClient,
  waitFor,
} from "@homeroom/testing"
import { afterAll, beforeAll, expect, test } from "vitest"
import { holdConnection } from "./support/held-connection.js"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"
import { keptState } from "./support/kept-state.js"
import { issueSftpPassword } from "./support/sftp-credentials.js"

const cleanups = cleanupList()
let harness: IngestHarness
let client: SftpClient
let logs: LogCapture

afterAll(cleanups.run)
beforeAll(async () => {
  logs = captureLogs()
  harness = await startIngest(cleanups.add, { logDestination: logs.destination })
  client = await prepareSftpClient(cleanups.add)
})

/** A large file that starts like a zip, written sparse so the test stays quick. */
async function largeZipLikeFile(name: string, bytes: number): Promise<string> {
  const path = join(client.directory, name)
  const file = await open(path, "w")
  await file.write(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 0, 4, 0)
  await file.truncate(bytes)
  await file.close()
  return path
}

/** Bytes of every file the SFTP server is holding in its scratch space. */
async function scratchBytes(): Promise<number> {
  let total = 0
  for (const connection of await readdir(harness.scratchPath)) {
    const folder = join(harness.scratchPath, connection)
    for (const file of await readdir(folder).catch(() => [])) {
      total += (await stat(join(folder, file)).catch(() => ({ size: 0 }))).size
    }
  }
  return total
}

async function nothingKept() {
  await waitFor(async () => (await readdir(harness.scratchPath)).length === 0, {
    what: "the connection's scratch space to be removed",
  })
  expect(await keptState(harness)).toEqual({
    importRows: 0,
    objects: 0,
    objectChunks: 0,
    pipelineMessages: 0,
  })
}

test("a client killed mid-upload starts no import and leaves nothing behind", async () => {
  const signIn = await issueSftpPassword(harness, harness.district)
  const path = await largeZipLikeFile("big.zip", 200 * 1024 * 1024)

  const sftp = await client.start(signIn, [`put ${path} /upload/big.zip`])
  const exited = new Promise((resolve) => sftp.once("exit", resolve))
  await waitFor(async () => (await scratchBytes()) > 4 * 1024 * 1024, {
    intervalMs: 5,
    what: "the upload to be under way",
  })
  // The negative pid reaches the whole group: sftp and the ssh it runs.
  process.kill(-(sftp.pid ?? 0), "SIGKILL")
  await exited

  await nothingKept()
  expect(logs.lines).toContainEqual(
    expect.objectContaining({
      msg: "sftp upload interrupted",
      districtId: harness.district.districtId,
    }),
  )
})

test("a connection cut mid-upload by the network starts no import", async () => {
  const signIn = await issueSftpPassword(harness, harness.district)
  const relay = await reserveTcpRelay("127.0.0.1", signIn.port)
  cleanups.add(relay.close)
  await relay.open()
  const path = await largeZipLikeFile("cut.zip", 200 * 1024 * 1024)

  const run = client.run({ ...signIn, port: relay.port }, [`put ${path} /upload/cut.zip`])
  await waitFor(async () => (await scratchBytes()) > 4 * 1024 * 1024, {
    intervalMs: 5,
    what: "the upload to be under way",
  })
  await relay.close()

  expect((await run).exitCode).not.toBe(0)
  await nothingKept()
})

test("stopping the service ends open connections and removes their files", async () => {
  const signIn = await issueSftpPassword(harness, harness.district)
  const held = await holdConnection(signIn)
  const closed = new Promise<void>((resolve) => held.onClose(resolve))
  await held.writeFile("/upload/waiting.zip.part", "PK\u0003\u0004 waiting")

  await harness.service.stop()

  await closed
  expect(await readdir(harness.scratchPath)).toEqual([])
})
