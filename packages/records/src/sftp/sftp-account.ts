import type { Database } from "@homeroom/service-kit"
import { eq } from "drizzle-orm"
import { sftpCredentials } from "../schema/sftp-credentials.js"
import { generateSftpUsername } from "./sftp-username.js"

/** A district's SFTP account as an administrator sees it: never the password. */
export interface SftpAccount {
  readonly districtId: string
  readonly username: string
  /** When the current password was issued; null while none has been. */
  readonly passwordSetAt: Date | null
  readonly publicKeys: readonly string[]
}

const accountColumns = {
  districtId: sftpCredentials.districtId,
  username: sftpCredentials.username,
  passwordSetAt: sftpCredentials.passwordSetAt,
  publicKeys: sftpCredentials.publicKeys,
}

/** Usernames drawn before giving up; a clash among 2^48 names is already unlikely. */
const UsernameAttempts = 5

/**
 * The district's SFTP account, created with a new username on first use. The username
 * never changes afterwards, so an SIS configured once keeps working across rotations.
 * Two first calls at once both end with the same account: the second insert does
 * nothing and both read the row the first one wrote.
 */
export async function ensureSftpAccount(
  database: Database,
  districtId: string,
): Promise<SftpAccount> {
  for (let attempt = 0; attempt < UsernameAttempts; attempt++) {
    const existing = await findSftpAccount(database, districtId)
    if (existing) return existing

    // Doing nothing on any conflict also covers a username drawn twice: the loop
    // finds no account for this district and draws again.
    await database
      .insert(sftpCredentials)
      .values({ districtId, username: generateSftpUsername() })
      .onConflictDoNothing()
  }
  throw new Error(`no SFTP username could be drawn for district ${districtId}`)
}

/** The district's SFTP account, or null when it has none yet. */
export async function findSftpAccount(
  database: Database,
  districtId: string,
): Promise<SftpAccount | null> {
  const [row] = await database
    .select(accountColumns)
    .from(sftpCredentials)
    .where(eq(sftpCredentials.districtId, districtId))
  return row ?? null
}

/**
 * Replaces the district's SFTP password hash, creating the account if needed. From the
 * moment this returns, the old password no longer signs in.
 */
export async function setSftpPassword(
  database: Database,
  districtId: string,
  passwordHash: string,
): Promise<SftpAccount> {
  await ensureSftpAccount(database, districtId)

  const now = new Date()
  return updateAccount(database, districtId, { passwordHash, passwordSetAt: now })
}

/** Replaces the public keys that may sign in as the district, creating the account. */
export async function setSftpPublicKeys(
  database: Database,
  districtId: string,
  publicKeys: readonly string[],
): Promise<SftpAccount> {
  await ensureSftpAccount(database, districtId)

  return updateAccount(database, districtId, { publicKeys: [...publicKeys] })
}

async function updateAccount(
  database: Database,
  districtId: string,
  values: Partial<typeof sftpCredentials.$inferInsert>,
): Promise<SftpAccount> {
  const [row] = await database
    .update(sftpCredentials)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(sftpCredentials.districtId, districtId))
    .returning(accountColumns)
  if (!row) throw new Error(`the SFTP account of district ${districtId} is missing`)
  return row
}
