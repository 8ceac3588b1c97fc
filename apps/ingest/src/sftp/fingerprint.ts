import { createHash } from "node:crypto"

/**
 * A public key's fingerprint as OpenSSH prints it (`SHA256:` and unpadded base64), so
 * an administrator can compare it with what an SFTP client shows.
 */
export function fingerprintOf(publicKeyBlob: Buffer): string {
  const digest = createHash("sha256").update(publicKeyBlob).digest("base64")
  return `SHA256:${digest.replace(/=+$/, "")}`
}
