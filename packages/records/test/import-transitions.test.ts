import { randomUUID } from "node:crypto"
import { type Database, openDatabase } from "@homeroom/service-kit"
import { createTestDatabase, type TestDatabase } from "@homeroom/testing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  createDistrict,
  createImport,
  decodeCursor,
  findImport,
  listImports,
  migrateRecords,
  transitionImport,
} from "../src/index.js"

describe("import records", () => {
  let testDatabase: TestDatabase
  let database: Database
  let districtId: string

  beforeAll(async () => {
    testDatabase = await createTestDatabase()
    await migrateRecords(testDatabase.url)
    database = openDatabase(testDatabase.url, { applicationName: "records-test" })
    districtId = (await createDistrict(database, { name: "Maple Valley" })).districtId
  })
  afterAll(async () => {
    await database?.$client.end()
    await testDatabase?.drop()
  })

  async function receive(fileName = "bundle.zip") {
    const id = randomUUID()
    await createImport(database, {
      id,
      districtId,
      source: "upload",
      fileName,
      sizeBytes: 10,
      sha256: "0".repeat(64),
      objectName: `${id}/bundle.zip`,
    })
    return id
  }

  it("moves an import only along the allowed transitions and keeps its timeline", async () => {
    const id = await receive()

    const moves = [
      await transitionImport(database, id, "validating"),
      await transitionImport(database, id, "validating"),
      await transitionImport(database, id, "applied"),
      await transitionImport(database, id, "rejected", {
        reason: "users.csv is missing",
      }),
      await transitionImport(database, id, "validated"),
    ]

    const view = await findImport(database, districtId, id)
    expect(moves).toEqual([true, true, false, true, false])
    expect(view?.status).toBe("rejected")
    expect(view?.reason).toBe("users.csv is missing")
    expect(view?.timeline.map(({ status, reason }) => ({ status, reason }))).toEqual([
      { status: "received", reason: null },
      { status: "validating", reason: null },
      { status: "rejected", reason: "users.csv is missing" },
    ])
  })

  it("hides another district's import", async () => {
    const id = await receive()
    const other = await createDistrict(database, { name: "Cedar Falls" })
    expect(await findImport(database, other.districtId, id)).toBeNull()
  })

  it("lists imports newest first, a page at a time, filtered by status", async () => {
    const district = await createDistrict(database, { name: "Birch Hill" })
    const ids: string[] = []
    for (const name of ["a.zip", "b.zip", "c.zip"]) {
      const id = randomUUID()
      ids.push(id)
      await createImport(database, {
        id,
        districtId: district.districtId,
        source: "sftp",
        fileName: name,
        sizeBytes: 1,
        sha256: "1".repeat(64),
        objectName: `${id}/bundle.zip`,
      })
    }
    await transitionImport(database, ids[0] ?? "", "failed", { reason: "broken" })

    const first = await listImports(database, district.districtId, { limit: 2 })
    const cursor = decodeCursor(first.nextCursor ?? "") ?? undefined
    const second = await listImports(database, district.districtId, { limit: 2, cursor })
    const failed = await listImports(database, district.districtId, {
      limit: 5,
      status: "failed",
    })

    expect(first.items.map((item) => item.fileName)).toEqual(["c.zip", "b.zip"])
    expect(second).toEqual({
      items: [expect.objectContaining({ fileName: "a.zip" })],
      nextCursor: null,
    })
    expect(failed.items.map((item) => [item.fileName, item.status])).toEqual([
      ["a.zip", "failed"],
    ])
  })
})
