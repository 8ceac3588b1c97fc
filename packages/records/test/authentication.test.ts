import {
  createHttpServer,
  createLogger,
  type Database,
  openDatabase,
} from "@homeroom/service-kit"
import { createTestDatabase, type TestDatabase } from "@homeroom/testing"
import type { FastifyInstance } from "fastify"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { PrincipalTtlMs } from "../src/access/principal-cache.js"
import {
  administratorOf,
  authentication,
  createDistrict,
  issueToken,
  migrateRecords,
  principalOf,
  revokeToken,
} from "../src/index.js"

describe("authentication", () => {
  let testDatabase: TestDatabase
  let database: Database
  let app: FastifyInstance
  let districtId: string
  let administratorToken: string
  let clock = Date.now()

  beforeAll(async () => {
    testDatabase = await createTestDatabase()
    await migrateRecords(testDatabase.url)
    database = openDatabase(testDatabase.url, { applicationName: "records-test" })
    const created = await createDistrict(database, { name: "Maple Valley" })
    districtId = created.districtId
    administratorToken = created.token.token

    app = createHttpServer({
      logger: createLogger({ service: "test", level: "silent" }),
      checks: [],
    })
    await app.register(authentication, { database, now: () => clock })
    app.get("/v1/whoami", async (request) => principalOf(request).districtId)
    app.post("/v1/change", async (request) => administratorOf(request).role)
    await app.ready()
  })
  afterAll(async () => {
    await app?.close()
    await database?.$client.end()
    await testDatabase?.drop()
  })

  const call = async (method: "GET" | "POST", url: string, token?: string) => {
    const headers = token ? { authorization: `Bearer ${token}` } : {}
    const response = await app.inject({ method, url, headers })
    return { statusCode: response.statusCode, body: response.body }
  }

  it("lets a valid token through and takes the district from it", async () => {
    expect(await call("GET", "/v1/whoami", administratorToken)).toEqual({
      statusCode: 200,
      body: districtId,
    })
  })

  it("refuses a missing, unknown or revoked token with 401", async () => {
    const reader = await issueToken(database, districtId, "reader", "front end")
    await revokeToken(database, reader.tokenId)

    const answers = [
      await call("GET", "/v1/whoami"),
      await call("GET", "/v1/whoami", "hr_unknown"),
      await call("GET", "/v1/whoami", reader.token),
    ]
    expect(
      answers.map((answer) => [answer.statusCode, JSON.parse(answer.body).code]),
    ).toEqual([
      [401, "HR_AUTH_TOKEN_MISSING"],
      [401, "HR_AUTH_TOKEN_INVALID"],
      [401, "HR_AUTH_TOKEN_INVALID"],
    ])
  })

  it("refuses a change from a read-only token with 403", async () => {
    const reader = await issueToken(database, districtId, "reader", "front end")
    expect(await call("POST", "/v1/change", reader.token)).toEqual({
      statusCode: 403,
      body: JSON.stringify({
        statusCode: 403,
        code: "HR_AUTH_ADMINISTRATOR_REQUIRED",
        error: "Forbidden",
        message: "This action needs an administrator token; this token may only read.",
      }),
    })
  })

  it("refuses a revoked token once the few seconds its principal is remembered are over", async () => {
    const reader = await issueToken(database, districtId, "reader", "dashboard")
    const whoami = () => call("GET", "/v1/whoami", reader.token)

    const beforeRevoking = await whoami()
    await revokeToken(database, reader.tokenId)
    const remembered = await whoami()
    clock += PrincipalTtlMs
    const afterwards = await whoami()

    expect(
      [beforeRevoking, remembered, afterwards].map((answer) => answer.statusCode),
    ).toEqual([200, 200, 401])
  })

  it("stores only a digest of each token", async () => {
    const rows = await database.$client`select token_digest from api_tokens`
    const digests = rows.map((row) => String(row["token_digest"]))
    expect(digests.some((digest) => digest.includes(administratorToken))).toBe(false)
    expect(digests.every((digest) => /^[0-9a-f]{64}$/.test(digest))).toBe(true)
  })
})
