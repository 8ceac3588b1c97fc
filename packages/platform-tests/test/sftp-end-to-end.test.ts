import { join } from "node:path"
import { describeDistrict, generateBundle } from "@homeroom/generator"
import type { ImportListItem } from "@homeroom/records"
import { prepareSftpClient, waitFor } from "@homeroom/testing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, type Platform, startPlatform, waitForImport } from "../src/index.js"

const district = { size: "tiny", seed: 21 } as const

describe("an SIS pushing its export by SFTP", () => {
  const cleanups: Array<() => Promise<void>> = []
  let platform: Platform

  beforeAll(async () => {
    platform = await startPlatform()
    cleanups.push(platform.stop)
  })
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  it("turns a file put into /upload into an import that is applied", async () => {
    const { token } = await platform.createDistrict("Birch Hill Schools")
    const ingest = platform.urls.ingest ?? ""
    const rotated = await call<{ username: string; password: string; port: number }>(
      `${ingest}/v1/sftp/credentials/rotate`,
      token,
      { method: "POST" },
    )
    const client = await prepareSftpClient((cleanup) => cleanups.push(cleanup))
    const bundle = await generateBundle(join(client.directory, "oneroster.zip"), district)

    const pushed = await client.run(
      {
        port: rotated.body.port,
        username: rotated.body.username,
        password: rotated.body.password,
      },
      [`put ${bundle.path} /upload/oneroster.zip`],
    )
    const received = await waitFor(async () => {
      const list = await call<{ items: ImportListItem[] }>(`${ingest}/v1/imports`, token)
      return list.body.items[0]
    })
    const applied = await waitForImport(ingest, token, received.id, ["applied"])

    expect(pushed.exitCode).toBe(0)
    expect({
      source: applied.source,
      fileName: applied.fileName,
      status: applied.status,
    }).toEqual({ source: "sftp", fileName: "oneroster.zip", status: "applied" })
    expect(applied.changes?.users.created).toBe(describeDistrict(district).records.users)
  })
})
