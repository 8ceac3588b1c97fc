import { sql } from "drizzle-orm"
import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core"
import { districts } from "./districts.js"

/**
 * Each district's SFTP sign-in: one username, a slow hash of its current password and
 * the public keys allowed to sign in instead. The password itself is never stored.
 */
export const sftpCredentials = pgTable("sftp_credentials", {
  districtId: uuid("district_id")
    .primaryKey()
    .references(() => districts.id),
  username: text("username").notNull().unique(),
  /** `scrypt$<N>$<r>$<p>$<salt>$<hash>`, salt and hash in base64; null until issued. */
  passwordHash: text("password_hash"),
  passwordSetAt: timestamp("password_set_at", { withTimezone: true }),
  /** OpenSSH public key lines, `<type> <base64> [comment]`. */
  publicKeys: text("public_keys").array().notNull().default(sql`'{}'::text[]`),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
})
