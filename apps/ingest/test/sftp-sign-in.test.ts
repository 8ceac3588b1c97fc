import { execFile } from "node:child_process"
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import { promisify } from "node:util"
import { generateBundle } from "@homeroom/generator"
import { imports } from "@homeroom/records"
import {
  captureLogs,
  type LogCapture,
  prepareSftpClient,
  type SftpClient,
} from "@homeroom/testing"
import { eq } from "drizzle-orm"
import { afterAll, beforeAll, expect, test } from "vitest"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"
import {
  type CredentialsAnswer,
  callCredentials,
  issueSftpPassword,
} from "./support/sftp-credentials.js"

const runFile = promisify(execFile)
const cleanups = cleanupList()
let harness: IngestHarness
let client: SftpClient
let logs: LogCapture
let bundlePath: string

afterAll(cleanups.run)
beforeAll(async () => {
  logs = captureLogs()
  // The throttle has a test of its own; here it must not slow down or lock out the
  // deliberate failures of the tests below, which all come from 127.0.0.1.
  harness = await startIngest(cleanups.add, {
    logDestination: logs.destination,
    variables: { SFTP_FAILURE_DELAY_MS: "0", SFTP_LOCKOUT_FAILURES: "1000" },
  })
  client = await prepareSftpClient(cleanups.add)
  bundlePath = (await generateBundle(join(client.directory, "roster.zip"))).path
})

const Refused = {
  exitCode: 255,
  stdout: "",
  stderr: expect.stringContaining("Permission denied (password,publickey)"),
}

async function importNames(districtId: string) {
  const rows = await harness.service.context.database
    .select({ fileName: imports.fileName })
    .from(imports)
    .where(eq(imports.districtId, districtId))
  return rows.map((row) => row.fileName).sort()
}

test("a wrong password is refused and nothing is received", async () => {
  const { port, username } = await issueSftpPassword(harness, harness.district)

  const run = await client.run({ port, username, password: "not-the-password" }, [
    `put ${bundlePath} /upload/wrong.zip`,
  ])

  expect(run).toEqual(Refused)
  expect(await importNames(harness.district.districtId)).not.toContain("wrong.zip")
})

test("an unknown username is refused like a wrong password", async () => {
  const { port, password } = await issueSftpPassword(harness, harness.district)

  const run = await client.run({ port, username: "d-000000000000", password }, ["ls"])

  expect(run).toEqual(Refused)
})

test("a district whose password was never issued cannot sign in with any password", async () => {
  const { service, otherDistrict } = harness
  const shown = await callCredentials(service.url, otherDistrict.administratorToken)
  const { port, username } = shown.body as CredentialsAnswer

  const run = await client.run({ port, username, password: "" }, ["ls"])

  expect(run).toEqual(Refused)
})

test("after a rotation the old password fails and the new one works", async () => {
  const old = await issueSftpPassword(harness, harness.district)
  const current = await issueSftpPassword(harness, harness.district)

  const withOld = await client.run(old, [`put ${bundlePath} /upload/with-old.zip`])
  const withNew = await client.run(current, [`put ${bundlePath} /upload/with-new.zip`])

  expect(withOld).toEqual(Refused)
  expect(withNew.exitCode).toBe(0)
  const names = await importNames(harness.district.districtId)
  expect(names).toContain("with-new.zip")
  expect(names).not.toContain("with-old.zip")
})

test("a key registered through the API signs in without a password", async () => {
  const keyPath = join(client.directory, "sis_key")
  await runFile("ssh-keygen", [
    "-q",
    "-t",
    "ed25519",
    "-N",
    "",
    "-C",
    "sis",
    "-f",
    keyPath,
  ])
  const { service, otherDistrict } = harness
  const registered = await callCredentials(
    service.url,
    otherDistrict.administratorToken,
    {
      method: "PUT",
      path: "/public-keys",
      body: { publicKeys: [await readFile(`${keyPath}.pub`, "utf8")] },
    },
  )
  const { port, username } = registered.body as CredentialsAnswer

  const run = await client.run({ port, username, identityFile: keyPath }, [
    `put ${bundlePath} /upload/by-key.zip`,
  ])

  expect(run.exitCode).toBe(0)
  expect(await importNames(otherDistrict.districtId)).toEqual(["by-key.zip"])
})

test("a key registered for one district does not open another", async () => {
  const keyPath = join(client.directory, "other_key")
  await runFile("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", keyPath])
  const { service, otherDistrict, district } = harness
  await callCredentials(service.url, otherDistrict.administratorToken, {
    method: "PUT",
    path: "/public-keys",
    body: { publicKeys: [await readFile(`${keyPath}.pub`, "utf8")] },
  })
  const shown = await callCredentials(service.url, district.administratorToken)
  const { port, username } = shown.body as CredentialsAnswer

  const run = await client.run({ port, username, identityFile: keyPath }, ["ls"])

  expect(run).toEqual(Refused)
})

test("refused sign-ins are logged with address and username, never the password", async () => {
  const { port, username } = await issueSftpPassword(harness, harness.district)
  const password = "a-very-recognisable-wrong-password"

  await client.run({ port, username, password }, ["ls"])

  const refusals = logs.lines.filter((line) => line["msg"] === "sftp sign-in refused")
  expect(refusals).toContainEqual(
    expect.objectContaining({ address: "127.0.0.1", username, method: "password" }),
  )
  expect(JSON.stringify(logs.lines)).not.toContain(password)
})
