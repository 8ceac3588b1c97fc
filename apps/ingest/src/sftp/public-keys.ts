import type { ParsedKey } from "ssh2"
import ssh2 from "ssh2"
import { IngestErrors } from "../errors.js"

/** Key types an SIS may sign in with; DSA keys are too weak and OpenSSH dropped them. */
const AcceptedKeyTypes = [
  "ssh-ed25519",
  "ssh-rsa",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
]

const OpenSshLine = /^(\S+)\s+(\S+)(?:\s+(.*))?$/

/**
 * Reads a list of OpenSSH public key lines (`<type> <base64> [comment]`, as in a `.pub`
 * file) and returns them in one tidy form. Throws `SFTP_PUBLIC_KEY_INVALID`, naming the
 * key and its problem, for anything else: private keys above all.
 */
export function normalisePublicKeys(lines: readonly string[]): string[] {
  return lines.map((line, index) => normalisePublicKey(line.trim(), index + 1))
}

function normalisePublicKey(line: string, position: number): string {
  const match = OpenSshLine.exec(line)
  if (!match || /[\r\n]/.test(line) || line.includes("PRIVATE KEY")) {
    throw IngestErrors.SFTP_PUBLIC_KEY_INVALID(
      position,
      "it is not one line in OpenSSH public key format (the contents of a .pub file)",
    )
  }

  // ssh2 reads only single spaces, so the key is handed over without the comment.
  const key = parseOne(`${match[1]} ${match[2]}`, position)
  const comment = match[3]?.trim()
  const blob = key.getPublicSSH().toString("base64")
  return comment ? `${key.type} ${blob} ${comment}` : `${key.type} ${blob}`
}

function parseOne(line: string, position: number): ParsedKey {
  const key = ssh2.utils.parseKey(line)
  if (key instanceof Error) {
    throw IngestErrors.SFTP_PUBLIC_KEY_INVALID(position, key.message.toLowerCase())
  }
  if (key.isPrivateKey()) {
    throw IngestErrors.SFTP_PUBLIC_KEY_INVALID(
      position,
      "it is a private key; send the public key only",
    )
  }
  if (!AcceptedKeyTypes.includes(key.type)) {
    throw IngestErrors.SFTP_PUBLIC_KEY_INVALID(
      position,
      `${key.type} keys are not accepted; use ${AcceptedKeyTypes.join(", ")}`,
    )
  }
  return key
}

/**
 * The registered key whose public blob is the one a client offers, or null. Blobs are
 * compared rather than algorithm names, because an RSA key is offered under its
 * signature algorithm (`rsa-sha2-256`) but stored as `ssh-rsa`.
 */
export function findOfferedKey(
  registered: readonly string[],
  offeredBlob: Buffer,
): ParsedKey | null {
  for (const line of registered) {
    const key = ssh2.utils.parseKey(line)
    if (!(key instanceof Error) && key.getPublicSSH().equals(offeredBlob)) return key
  }
  return null
}
