import type { TokenRole } from "../schema/api-tokens.js"

/** Who is calling: the district a token belongs to, and what it may do. */
export interface Principal {
  readonly districtId: string
  readonly role: TokenRole
  readonly tokenId: string
}
