import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { type Database, openDatabase } from "@homeroom/service-kit"
import { createTestDatabase, type TestDatabase } from "@homeroom/testing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { findPrincipal, migrateRecords } from "../src/index.js"

const run = promisify(execFile)
const packageRoot = fileURLToPath(new URL("../", import.meta.url))

describe("the district command", () => {
  let testDatabase: TestDatabase
  let database: Database

  beforeAll(async () => {
    testDatabase = await createTestDatabase()
    await migrateRecords(testDatabase.url)
    database = openDatabase(testDatabase.url, { applicationName: "records-test" })
  })
  afterAll(async () => {
    await database?.$client.end()
    await testDatabase?.drop()
  })

  async function district(...args: string[]) {
    const { stdout } = await run(
      process.execPath,
      [
        "--import",
        "tsx",
        "--conditions=@homeroom/source",
        "src/cli/district.ts",
        ...args,
      ],
      { cwd: packageRoot, env: { ...process.env, DATABASE_URL: testDatabase.url } },
    )
    return JSON.parse(stdout) as Record<string, string>
  }

  it("creates a district and prints its id and a working administrator token", {
    timeout: 60_000,
  }, async () => {
    const created = await district(
      "create",
      "--name",
      "Maple Valley",
      "--recipient",
      "it@mv.org",
    )
    const principal = await findPrincipal(database, created["token"] ?? "")

    expect(created).toEqual({
      districtId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      tokenId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      role: "administrator",
      token: expect.stringMatching(/^hr_[\w-]{43}$/),
    })
    expect(principal).toEqual({
      districtId: created["districtId"],
      role: "administrator",
      tokenId: created["tokenId"],
    })
  })

  // Each run of the command starts a Node process that compiles TypeScript on the fly.
  it("issues a read-only token and revokes it", { timeout: 90_000 }, async () => {
    const created = await district("create", "--name", "Cedar Falls")
    const reader = await district(
      "token",
      "issue",
      "--district",
      created["districtId"] ?? "",
      "--role",
      "reader",
    )
    const before = await findPrincipal(database, reader["token"] ?? "")
    const revoked = await district(
      "token",
      "revoke",
      "--token-id",
      reader["tokenId"] ?? "",
    )

    expect(before?.role).toBe("reader")
    expect(revoked).toEqual({ tokenId: reader["tokenId"], revoked: true })
    expect(await findPrincipal(database, reader["token"] ?? "")).toBeNull()
  })
})
