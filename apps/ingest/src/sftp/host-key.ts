import { randomUUID } from "node:crypto"
import { link, mkdir, readFile, unlink, writeFile } from "node:fs/promises"
import { dirname, resolve } from "node:path"
import type { Logger } from "@homeroom/service-kit"
import ssh2 from "ssh2"
import { fingerprintOf } from "./fingerprint.js"
import { generateOpenSshHostKey } from "./openssh-key.js"

/** The SFTP server's host key, and the fingerprint clients see. */
export interface HostKey {
  /** The private key in OpenSSH format. */
  readonly privateKey: string
  readonly fingerprint: string
}

/**
 * Reads the host key at `path`, creating an ed25519 key there first if there is none.
 * Keeping it in a file is what keeps the fingerprint across restarts: an SIS that
 * pinned it would otherwise refuse to connect after every deployment.
 */
export async function loadHostKey(path: string, logger: Logger): Promise<HostKey> {
  const absolutePath = resolve(path)
  const existing = await readKeyFile(absolutePath)
  const text = existing ?? (await createHostKey(absolutePath))

  const hostKey = parseHostKey(absolutePath, text)
  if (!existing) {
    logger.info(
      { path: absolutePath, fingerprint: hostKey.fingerprint },
      "sftp host key created",
    )
  }
  return hostKey
}

async function readKeyFile(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8")
  } catch (error) {
    if (isMissingFile(error)) return null
    throw error
  }
}

/**
 * Writes a new key beside its final name and links it into place. Linking fails when
 * the file already exists, so copies of the service starting together on one shared
 * volume all end up with the key the first of them wrote, never a half-written one.
 */
async function createHostKey(path: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 })
  const pending = `${path}.${randomUUID()}.pending`
  const privateKey = generateOpenSshHostKey("homeroom-sftp-host-key")

  await writeFile(pending, privateKey, { mode: 0o600, flag: "wx" })
  try {
    await link(pending, path)
  } catch (error) {
    if (!isExistingFile(error)) throw error
  } finally {
    await unlink(pending)
  }
  return readFile(path, "utf8")
}

function parseHostKey(path: string, text: string): HostKey {
  const key = ssh2.utils.parseKey(text)
  if (key instanceof Error || !key.isPrivateKey()) {
    const problem = key instanceof Error ? key.message : "it holds no private key"
    throw new Error(`The SFTP host key at ${path} cannot be used: ${problem}.`)
  }
  return { privateKey: text, fingerprint: fingerprintOf(key.getPublicSSH()) }
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT"
}

function isExistingFile(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "EEXIST"
}
