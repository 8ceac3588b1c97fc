import type { Database } from "@homeroom/service-kit"
import { and, eq, isNull } from "drizzle-orm"
import { apiTokens, type TokenRole } from "../schema/api-tokens.js"
import { districts } from "../schema/districts.js"
import type { Principal } from "./principal.js"
import { digestToken, generateToken } from "./tokens.js"

/** A token as issued: the secret is shown this once and never stored. */
export interface IssuedToken {
  readonly tokenId: string
  readonly role: TokenRole
  readonly token: string
}

/** Creates a district with its first administrator token. */
export async function createDistrict(
  database: Database,
  options: { name: string; notificationRecipients?: string[] },
): Promise<{ districtId: string; token: IssuedToken }> {
  return database.transaction(async (transaction) => {
    const [district] = await transaction
      .insert(districts)
      .values({
        name: options.name,
        notificationRecipients: options.notificationRecipients ?? [],
      })
      .returning({ id: districts.id })
    if (!district) throw new Error("the district was not created")

    const token = await issueToken(
      transaction,
      district.id,
      "administrator",
      "first token",
    )
    return { districtId: district.id, token }
  })
}

/** Issues a further token for a district. */
export async function issueToken(
  database: Pick<Database, "insert">,
  districtId: string,
  role: TokenRole,
  label: string,
): Promise<IssuedToken> {
  const token = generateToken()
  const [row] = await database
    .insert(apiTokens)
    .values({ districtId, role, label, tokenDigest: digestToken(token) })
    .returning({ id: apiTokens.id })
  if (!row) throw new Error("the token was not created")
  return { tokenId: row.id, role, token }
}

/** Revokes a token; returns false when no live token has that id. */
export async function revokeToken(database: Database, tokenId: string): Promise<boolean> {
  const revoked = await database
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id })
  return revoked.length > 0
}

/** The principal a token stands for, or null for an unknown or revoked token. */
export function findPrincipal(
  database: Database,
  token: string,
): Promise<Principal | null> {
  return findPrincipalByDigest(database, digestToken(token))
}

/** The principal of a token's digest, or null for an unknown or revoked token. */
export async function findPrincipalByDigest(
  database: Database,
  digest: string,
): Promise<Principal | null> {
  const [row] = await database
    .select({
      tokenId: apiTokens.id,
      districtId: apiTokens.districtId,
      role: apiTokens.role,
    })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenDigest, digest), isNull(apiTokens.revokedAt)))
  return row ?? null
}
