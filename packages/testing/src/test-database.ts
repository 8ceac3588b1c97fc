import { randomBytes } from "node:crypto"
import postgres from "postgres"

/** A database made for one test file, dropped afterwards. */
export interface TestDatabase {
  readonly url: string
  readonly drop: () => Promise<void>
}

/**
 * Creates an empty database with a unique name on the server DATABASE_URL points at, so
 * tests never touch each other's data or a developer's.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl =
    process.env["DATABASE_URL"] ?? "postgres://postgres@127.0.0.1:5432/postgres"
  const name = `homeroom_test_${randomBytes(6).toString("hex")}`
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name}`)

  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`)
      await admin.end({ timeout: 5 })
    },
  }
}
