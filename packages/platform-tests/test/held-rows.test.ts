import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { ImportView } from "@homeroom/records"
import { TinyRows, tinyBundle, writeZip } from "@homeroom/validation/test-bundles"
import { connect, type NatsConnection } from "@nats-io/transport-node"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  call,
  type Platform,
  startPlatform,
  uploadBundle,
  waitForImport,
} from "../src/index.js"
import { readRosterListings } from "./support/roster-listings.js"
import {
  readAnnouncedChanges,
  waitForOutboxPublished,
} from "./support/stream-activity.js"

const parent = TinyRows["users.csv"][2] ?? ""

/** A second teacher, in the first export only. */
const leaver = "u4,,,true,s1,teacher,lgray,,Lee,Gray,,,,,,,,"

/** The next day: one teacher renamed, one arriving, one gone, and u2's row broken. */
const nextDay = {
  "users.csv": [
    "u1,,,true,s1,teacher,jsmith,{LDAP:jsmith},Janet,Smith,,T1,jsmith@lakeside.example,,,,,",
    "u2,,,true,s1,student,bjones,,,Jonas,,S1,,,,p1,10,",
    parent,
    "u3,,,true,s1,teacher,kgray,,Kim,Gray,,,,,,,,",
  ],
  "enrollments.csv": [...TinyRows["enrollments.csv"], "e3,,,c1,s1,u3,teacher,false,,"],
}

describe("rows with errors", () => {
  let platform: Platform
  let workspace: string
  let observer: NatsConnection
  let token: string

  beforeAll(async () => {
    platform = await startPlatform()
    workspace = await mkdtemp(join(tmpdir(), "homeroom-held-"))
    observer = await connect({ servers: platform.nats.url })
    ;({ token } = await platform.createDistrict("Aspen Grove Schools"))
  })
  afterAll(async () => {
    await observer?.close()
    await platform?.stop()
    await rm(workspace, { recursive: true, force: true })
  })

  async function apply(path: string): Promise<ImportView> {
    const upload = await uploadBundle(platform.urls.ingest ?? "", token, path)
    const ingestUrl = platform.urls.ingest ?? ""
    const done = await waitForImport(ingestUrl, token, upload.body.id, [
      "applied",
      "rejected",
      "failed",
      "paused",
    ])
    await waitForOutboxPublished(platform)
    return done
  }

  async function read(kind: string, sourcedId: string) {
    return call(`${platform.urls.roster}/v1/${kind}/${sourcedId}`, token)
  }

  /** What the roster stores of a record besides its values: its status and history. */
  async function storedState(table: string, sourcedId: string) {
    const rows = await platform.database.$client.unsafe(
      `select status, digest, last_import_id as "lastImportId", updated_at as "updatedAt"
      from ${table} where sourced_id = $1`,
      [sourcedId],
    )
    return rows[0]
  }

  it("keep the records the roster holds exactly as they were, while other changes apply", async () => {
    const first = await apply(
      await writeZip(workspace, tinyBundle({ extraRows: { "users.csv": [leaver] } })),
    )
    expect(first.status).toBe("applied")
    const before = {
      user: await read("users", "u2"),
      enrollment: await read("enrollments", "e2"),
      stored: [await storedState("users", "u2"), await storedState("enrollments", "e2")],
    }

    const next = await apply(await writeZip(workspace, tinyBundle({ rows: nextDay })))

    expect(next.status).toBe("applied")
    expect(next.logicalFiles.find((file) => file.kind === "users")).toEqual({
      kind: "users",
      rowsRead: 4,
      rowsWithErrors: 1,
      warnings: 0,
    })
    expect(next.changes).toEqual({
      orgs: { created: 0, updated: 0, removed: 0, existing: 2 },
      academicSessions: { created: 0, updated: 0, removed: 0, existing: 2 },
      users: { created: 1, updated: 1, removed: 1, existing: 4 },
      classes: { created: 0, updated: 0, removed: 0, existing: 1 },
      teacherEnrollments: { created: 1, updated: 0, removed: 0, existing: 1 },
      studentEnrollments: { created: 0, updated: 0, removed: 0, existing: 1 },
    })
    expect({
      user: await read("users", "u2"),
      enrollment: await read("enrollments", "e2"),
      stored: [await storedState("users", "u2"), await storedState("enrollments", "e2")],
    }).toEqual(before)
    expect(await readAnnouncedChanges(observer, next.id)).toEqual([
      { entity: "enrollments", change: "created", sourcedIds: ["e3"] },
      { entity: "users", change: "created", sourcedIds: ["u3"] },
      { entity: "users", change: "removed", sourcedIds: ["u4"] },
      { entity: "users", change: "updated", sourcedIds: ["u1"] },
    ])
    const { users } = await readRosterListings(platform.urls.roster ?? "", token)
    expect(
      users.map((user) => {
        const { sourcedId, status, givenName } = user as Record<string, unknown>
        return { sourcedId, status, givenName }
      }),
    ).toEqual([
      { sourcedId: "p1", status: "active", givenName: "Pat" },
      { sourcedId: "u1", status: "active", givenName: "Janet" },
      { sourcedId: "u2", status: "active", givenName: "Ben" },
      { sourcedId: "u3", status: "active", givenName: "Kim" },
      { sourcedId: "u4", status: "tobedeleted", givenName: "Lee" },
    ])
  })
})
