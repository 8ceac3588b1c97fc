import { execFile } from "node:child_process"
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import { createLogger } from "@homeroom/service-kit"
import ssh2 from "ssh2"
import { afterAll, beforeAll, expect, test } from "vitest"
import { loadHostKey } from "../src/sftp/host-key.js"
import { generateOpenSshHostKey } from "../src/sftp/openssh-key.js"

const runFile = promisify(execFile)
const logger = createLogger({ service: "ingest", level: "silent" })
let directory: string

afterAll(() => rm(directory, { recursive: true, force: true }))
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "homeroom-host-key-"))
})

async function fingerprintByOpenSsh(privateKeyPath: string): Promise<string> {
  const listed = await runFile("ssh-keygen", ["-l", "-f", privateKeyPath])
  return listed.stdout.split(" ")[1] ?? ""
}

test("a missing host key is created as a private ed25519 key file only its owner reads", async () => {
  const path = join(directory, "new", "host_key")

  const hostKey = await loadHostKey(path, logger)

  expect((await stat(path)).mode & 0o777).toBe(0o600)
  expect((await stat(join(directory, "new"))).mode & 0o777).toBe(0o700)
  expect(await readFile(path, "utf8")).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----/)
  expect(hostKey.fingerprint).toBe(await fingerprintByOpenSsh(path))
  const listed = await runFile("ssh-keygen", ["-l", "-f", path])
  expect(listed.stdout).toMatch(/\(ED25519\)\n$/)
})

test("a restart reads the same key, so the fingerprint clients pinned stays the same", async () => {
  const path = join(directory, "kept", "host_key")

  const first = await loadHostKey(path, logger)
  const second = await loadHostKey(path, logger)

  expect(second).toEqual(first)
})

test("copies starting together on a shared volume all end up with one key", async () => {
  const path = join(directory, "shared", "host_key")

  const keys = await Promise.all(
    Array.from({ length: 8 }, () => loadHostKey(path, logger)),
  )

  const fingerprints = new Set(keys.map((key) => key.fingerprint))
  expect(fingerprints).toEqual(new Set([await fingerprintByOpenSsh(path)]))
})

test("a file that holds no usable key stops the service from starting", async () => {
  const path = join(directory, "broken_key")
  await writeFile(path, "not a key")

  await expect(loadHostKey(path, logger)).rejects.toThrow(
    `The SFTP host key at ${path} cannot be used: Unsupported key format.`,
  )
})

test("every generated key is readable, also the one in 256 whose public key starts with 0", () => {
  const keys = Array.from({ length: 4000 }, () =>
    ssh2.utils.parseKey(generateOpenSshHostKey("x")),
  )

  const unreadable = keys.filter((key) => key instanceof Error || !key.isPrivateKey())
  const leadingZero = keys.filter(
    (key) => !(key instanceof Error) && key.getPublicSSH().readUInt8(19) === 0,
  )
  expect(unreadable).toEqual([])
  // 4000 keys hold about 16 such public keys; none at all would leave the case untested.
  expect(leadingZero.length).toBeGreaterThan(0)
})
