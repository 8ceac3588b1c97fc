import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { RecordKinds, type RosterChanges } from "@homeroom/contracts"
import {
  coTaughtClassSourcedIds,
  type DistrictOptions,
  describeDistrict,
  expectedChanges,
  generateBundle,
  teachersOfClass,
} from "@homeroom/generator"
import { waitFor } from "@homeroom/testing"
import { DeliverPolicy, jetstream, jetstreamManager } from "@nats-io/jetstream"
import { connect, type NatsConnection } from "@nats-io/transport-node"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  call,
  type Platform,
  startPlatform,
  uploadBundle,
  waitForImport,
} from "../src/index.js"

const district: DistrictOptions = { size: "small", seed: 11, passwords: true }
const districtName = "Maple Valley Schools"

describe("one import end to end", () => {
  let platform: Platform
  let workspace: string
  let observer: NatsConnection
  let districtId: string
  let token: string

  beforeAll(async () => {
    platform = await startPlatform()
    workspace = await mkdtemp(join(tmpdir(), "homeroom-e2e-"))
    observer = await connect({ servers: platform.nats.url })
    ;({ districtId, token } = await platform.createDistrict(districtName))
  })
  afterAll(async () => {
    await observer?.close()
    await platform?.stop()
    await rm(workspace, { recursive: true, force: true })
  })

  async function importDay(day: number) {
    const bundle = await generateBundle(join(workspace, `day-${day}.zip`), {
      ...district,
      day,
    })
    const upload = await uploadBundle(platform.urls.ingest ?? "", token, bundle.path)
    expect(upload).toMatchObject({ statusCode: 202, body: { status: "received" } })
    return waitForImport(platform.urls.ingest ?? "", token, upload.body.id, ["applied"])
  }

  it("applies the first export and serves the roster, sorted teachers included", async () => {
    const applied = await importDay(0)
    const described = describeDistrict({ ...district, day: 0 })

    expect(applied.timeline.map((entry) => entry.status)).toEqual([
      "received",
      "validating",
      "validated",
      "comparing",
      "applying",
      "applied",
    ])
    expect(applied.files).toEqual(
      Object.entries(described.rows).map(([file, rowsRead]) => ({
        file,
        rowsRead,
        rowsWithErrors: 0,
        warnings: 0,
      })),
    )
    expect(applied.changes).toEqual(
      Object.fromEntries(
        RecordKinds.map((kind) => [
          kind,
          { created: described.records[kind], updated: 0, removed: 0, existing: 0 },
        ]),
      ),
    )

    const classId = coTaughtClassSourcedIds(district)[0] ?? ""
    const detail = await call<{ teachers: unknown[] }>(
      `${platform.urls.roster}/v1/classes/${classId}`,
      token,
    )
    const expectedTeachers = teachersOfClass(district, classId)
      .sort(
        (left, right) =>
          left.familyName.localeCompare(right.familyName) ||
          left.givenName.localeCompare(right.givenName),
      )
      .map((teacher) => ({
        sourcedId: teacher.sourcedId,
        givenName: teacher.givenName,
        familyName: teacher.familyName,
        primary: teacher.primary,
      }))
    expect(detail.statusCode).toBe(200)
    expect(
      detail.body.teachers.map((teacher) => {
        const { sourcedId, givenName, familyName, primary } = teacher as Record<
          string,
          unknown
        >
        return { sourcedId, givenName, familyName, primary }
      }),
    ).toEqual(expectedTeachers)

    const [email] = await platform.mailbox.waitForMessages(1)
    expect({ subject: email?.subject, to: email?.to }).toEqual({
      subject: `Import Results: applied — ${districtName}`,
      to: ["roster-admin@district.example"],
    })
    expect(email?.text).toContain(applied.id)
  })

  it("applies the next day's export, publishing exactly the changes it made", async () => {
    const events = await collectRosterEvents(observer, districtId)

    const applied = await importDay(1)
    const expected = expectedChanges(district, 0, 1)

    expect(applied.changes).toEqual(expected)
    const published = await waitFor(() => {
      const counted = events.countByEntityAndChange()
      return sum(Object.values(counted)) === totalChanges(expected) ? counted : null
    })
    expect(published).toEqual(eventCountsOf(expected))

    const emails = await platform.mailbox.waitForMessages(2)
    expect(emails.map((email) => email.subject)).toEqual([
      `Import Results: applied — ${districtName}`,
      `Import Results: applied — ${districtName}`,
    ])
    await events.stop()
  })

  it("never stores or serves the password column", async () => {
    const users = await call<{ items: Array<Record<string, unknown>> }>(
      `${platform.urls.roster}/v1/users?limit=50`,
      token,
    )
    const columns = await platform.database.$client`
      select column_name from information_schema.columns
      where table_schema = 'public' and table_name = 'users'`

    expect(users.statusCode).toBe(200)
    expect(users.body.items.some((user) => "password" in user)).toBe(false)
    expect(columns.map((column) => column["column_name"])).not.toContain("password")
    expect(columns.length).toBeGreaterThan(10)
  })
})

function sum(values: number[]) {
  return values.reduce((total, value) => total + value, 0)
}

type Expected = ReturnType<typeof expectedChanges>

function totalChanges(expected: Expected) {
  return sum(
    Object.values(expected).map(
      (counts) => counts.created + counts.updated + counts.removed,
    ),
  )
}

/** The change events a subscriber should receive, counted per entity and change. */
function eventCountsOf(expected: Expected): Record<string, number> {
  const entityOf = (kind: string) =>
    kind === "teacherEnrollments" || kind === "studentEnrollments" ? "enrollments" : kind
  const counts: Record<string, number> = {}
  for (const [kind, tally] of Object.entries(expected)) {
    for (const change of ["created", "updated", "removed"] as const) {
      if (tally[change] === 0) continue
      const key = `${entityOf(kind)}.${change}`
      counts[key] = (counts[key] ?? 0) + tally[change]
    }
  }
  return counts
}

async function collectRosterEvents(connection: NatsConnection, districtId: string) {
  const manager = await jetstreamManager(connection)
  await manager.consumers.add("ROSTER", {
    durable_name: "test-observer",
    deliver_policy: DeliverPolicy.New,
    filter_subject: `roster.${districtId}.>`,
  })
  const consumer = await jetstream(connection).consumers.get("ROSTER", "test-observer")
  const messages = await consumer.consume()
  const seen = new Map<string, RosterChanges>()
  void (async () => {
    for await (const message of messages) {
      const event = message.json<RosterChanges>()
      seen.set(event.id, event)
      message.ack()
    }
  })()
  return {
    countByEntityAndChange() {
      const counts: Record<string, number> = {}
      for (const event of seen.values()) {
        const key = `${event.data.entity}.${event.data.change}`
        counts[key] = (counts[key] ?? 0) + event.data.records.length
      }
      return counts
    },
    stop: () => messages.close(),
  }
}
