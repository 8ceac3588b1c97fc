import { execFile } from "node:child_process"
import { readFile, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { promisify } from "node:util"
import { sftpCredentials } from "@homeroom/records"
import { prepareSftpClient, type SftpClient } from "@homeroom/testing"
import { eq } from "drizzle-orm"
import { afterAll, beforeAll, expect, test } from "vitest"
import { IngestErrors } from "../src/index.js"
import { errorAnswer } from "./support/error-answer.js"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"
import { type CredentialsAnswer, callCredentials } from "./support/sftp-credentials.js"

const runFile = promisify(execFile)
const cleanups = cleanupList()
let harness: IngestHarness
let client: SftpClient
let sftpPort: number

afterAll(cleanups.run)
beforeAll(async () => {
  harness = await startIngest(cleanups.add)
  client = await prepareSftpClient(cleanups.add)
  const answer = await callCredentials(
    harness.service.url,
    harness.district.administratorToken,
  )
  sftpPort = (answer.body as CredentialsAnswer).port
})

const UsernameShape = /^d-[0-9a-f]{12}$/

/** The fingerprint an OpenSSH client sees, read from the server with ssh-keyscan. */
async function scannedFingerprint(port: number): Promise<string> {
  const scan = await runFile("ssh-keyscan", [
    "-p",
    String(port),
    "-t",
    "ed25519",
    "127.0.0.1",
  ])
  const scanned = join(client.directory, "scanned-host-key")
  await writeFile(scanned, scan.stdout)
  const listed = await runFile("ssh-keygen", ["-l", "-f", scanned])
  return listed.stdout.split(" ")[1] ?? ""
}

async function newKeyPair(name: string) {
  const path = join(client.directory, name)
  await runFile("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path])
  return {
    privateKey: await readFile(path, "utf8"),
    publicKey: await readFile(`${path}.pub`, "utf8"),
  }
}

test("the first look creates the district's username and shows how to connect, no password", async () => {
  const { service, district } = harness

  const first = await callCredentials(service.url, district.administratorToken)
  const second = await callCredentials(service.url, district.administratorToken)

  expect(first).toEqual({
    status: 200,
    headers: expect.any(Headers),
    body: {
      username: expect.stringMatching(UsernameShape),
      host: "localhost",
      port: sftpPort,
      folder: "/upload",
      hostKeyFingerprint: await scannedFingerprint(sftpPort),
      passwordSetAt: null,
      publicKeys: [],
    },
  })
  expect(second.body).toEqual(first.body)
})

test("each district has a username of its own", async () => {
  const { service, district, otherDistrict } = harness

  const ours = await callCredentials(service.url, district.administratorToken)
  const theirs = await callCredentials(service.url, otherDistrict.administratorToken)

  const usernames = [ours, theirs].map(
    (answer) => (answer.body as CredentialsAnswer).username,
  )
  expect(new Set(usernames).size).toBe(2)
})

test("a rotation answers a new password once, and only its scrypt hash is stored", async () => {
  const { service, district } = harness
  const before = Date.now()

  const rotated = await callCredentials(service.url, district.administratorToken, {
    method: "POST",
    path: "/rotate",
  })
  const shown = await callCredentials(service.url, district.administratorToken)

  const { username } = shown.body as CredentialsAnswer
  const password = (rotated.body as { password: string }).password
  expect(rotated.status).toBe(200)
  expect(rotated.headers.get("cache-control")).toBe("no-store")
  expect(rotated.body).toEqual({
    username,
    password: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
    host: "localhost",
    port: sftpPort,
    folder: "/upload",
    hostKeyFingerprint: (shown.body as CredentialsAnswer).hostKeyFingerprint,
  })
  const passwordSetAt = Date.parse((shown.body as CredentialsAnswer).passwordSetAt ?? "")
  expect(passwordSetAt).toBeGreaterThanOrEqual(before - 1000)
  const [row] = await service.context.database
    .select({ passwordHash: sftpCredentials.passwordHash })
    .from(sftpCredentials)
    .where(eq(sftpCredentials.districtId, district.districtId))
  expect(row?.passwordHash).toMatch(
    /^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/,
  )
  expect(row?.passwordHash).not.toContain(password)
})

test("public keys are stored in one tidy form and shown with the credentials", async () => {
  const { publicKey } = await newKeyPair("sis-push")
  const [type, blob] = publicKey.trim().split(" ")

  const answer = await callCredentials(
    harness.service.url,
    harness.district.administratorToken,
    {
      method: "PUT",
      path: "/public-keys",
      body: { publicKeys: [`  ${type}   ${blob}   nightly SIS push  \n`] },
    },
  )

  expect(answer.status).toBe(200)
  expect((answer.body as CredentialsAnswer).publicKeys).toEqual([
    `${type} ${blob} nightly SIS push`,
  ])
})

test("a key that is not an OpenSSH public key is refused with 400, naming the key and why", async () => {
  const { privateKey, publicKey } = await newKeyPair("leaked")
  const put = (publicKeys: string[]) =>
    callCredentials(harness.service.url, harness.district.administratorToken, {
      method: "PUT",
      path: "/public-keys",
      body: { publicKeys },
    })

  const garbled = await put([publicKey, "ssh-ed25519 AAAAnotakey"])
  const privateOne = await put([privateKey])
  const pem = await put(["-----BEGIN PUBLIC KEY-----"])

  expect(garbled).toMatchObject({
    status: 400,
    body: errorAnswer(
      IngestErrors.SFTP_PUBLIC_KEY_INVALID(2, "malformed openssh public key"),
    ),
  })
  expect(privateOne).toMatchObject({
    status: 400,
    body: errorAnswer(
      IngestErrors.SFTP_PUBLIC_KEY_INVALID(
        1,
        "it is not one line in OpenSSH public key format (the contents of a .pub file)",
      ),
    ),
  })
  expect(pem).toMatchObject({
    status: 400,
    body: errorAnswer(IngestErrors.SFTP_PUBLIC_KEY_INVALID(1, "unsupported key format")),
  })
})

test("reader tokens may not see or change SFTP credentials", async () => {
  const { service, district } = harness
  const token = district.readerToken

  const answers = await Promise.all([
    callCredentials(service.url, token),
    callCredentials(service.url, token, { method: "POST", path: "/rotate" }),
    callCredentials(service.url, token, {
      method: "PUT",
      path: "/public-keys",
      body: { publicKeys: [] },
    }),
  ])

  const refusal = {
    statusCode: 403,
    code: "HR_AUTH_ADMINISTRATOR_REQUIRED",
    error: "Forbidden",
    message: "This action needs an administrator token; this token may only read.",
  }
  expect(answers.map(({ status, body }) => ({ status, body }))).toEqual([
    { status: 403, body: refusal },
    { status: 403, body: refusal },
    { status: 403, body: refusal },
  ])
})

test("the host and port shown come from SFTP_PUBLIC_HOST and SFTP_PUBLIC_PORT", async () => {
  const behindBalancer = await startIngest(cleanups.add, {
    variables: { SFTP_PUBLIC_HOST: "sftp.homeroom.example.org", SFTP_PUBLIC_PORT: "22" },
  })

  const answer = await callCredentials(
    behindBalancer.service.url,
    behindBalancer.district.administratorToken,
  )

  expect(answer.body).toMatchObject({ host: "sftp.homeroom.example.org", port: 22 })
})
