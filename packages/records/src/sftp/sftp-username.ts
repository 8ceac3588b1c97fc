import { randomBytes } from "node:crypto"

/**
 * A new SFTP username: `d-` and 12 hex digits. It says nothing about the district, so a
 * username seen in a log or an SIS's settings does not name the district it opens.
 */
export function generateSftpUsername(): string {
  return `d-${randomBytes(6).toString("hex")}`
}

const UsernameShape = /^d-[0-9a-f]{12}$/

/** Whether a text can be an SFTP username at all, checked before looking it up. */
export function isSftpUsername(text: string): boolean {
  return UsernameShape.test(text)
}
