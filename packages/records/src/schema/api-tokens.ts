import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core"
import { districts } from "./districts.js"

/** What a token may do: administrators change things, readers only read. */
export const TokenRoles = ["administrator", "reader"] as const

/** What a token may do. */
export type TokenRole = (typeof TokenRoles)[number]

/**
 * API tokens. Only a SHA-256 digest of each token is kept: tokens are long random
 * strings, so a fast digest is enough, and a stolen table reveals no usable token.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => districts.id),
    role: text("role", { enum: TokenRoles }).notNull(),
    label: text("label").notNull(),
    tokenDigest: text("token_digest").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (table) => [index("api_tokens_district_idx").on(table.districtId)],
)
