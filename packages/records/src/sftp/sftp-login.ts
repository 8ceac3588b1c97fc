import type { Database } from "@homeroom/service-kit"
import { eq } from "drizzle-orm"
import { sftpCredentials } from "../schema/sftp-credentials.js"
import { isSftpUsername } from "./sftp-username.js"

/** What signing in as an SFTP username is checked against. */
export interface SftpLogin {
  readonly districtId: string
  readonly username: string
  /** Null while no password has been issued: only a public key can sign in. */
  readonly passwordHash: string | null
  readonly publicKeys: readonly string[]
}

/** The sign-in facts of an SFTP username, or null for a name no district holds. */
export async function findSftpLogin(
  database: Database,
  username: string,
): Promise<SftpLogin | null> {
  if (!isSftpUsername(username)) return null

  const [row] = await database
    .select({
      districtId: sftpCredentials.districtId,
      username: sftpCredentials.username,
      passwordHash: sftpCredentials.passwordHash,
      publicKeys: sftpCredentials.publicKeys,
    })
    .from(sftpCredentials)
    .where(eq(sftpCredentials.username, username))
  return row ?? null
}
