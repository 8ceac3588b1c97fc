import { createHash, randomBytes } from "node:crypto"

const TokenPrefix = "hr_"

/** A new API token: 32 random bytes, so guessing one is out of reach. */
export function generateToken(): string {
  return `${TokenPrefix}${randomBytes(32).toString("base64url")}`
}

/** The digest stored in place of a token. */
export function digestToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}
