import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { ImportStatus, Threshold } from "@homeroom/contracts"
import {
  type DistrictOptions,
  describeDistrict,
  expectedChanges,
  generateBundle,
} from "@homeroom/generator"
import type { ImportView } from "@homeroom/records"
import type { ReceivedMail } from "@homeroom/testing"
import { waitFor } from "@homeroom/testing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  type Answer,
  call,
  type Platform,
  startPlatform,
  uploadBundle,
  waitForImport,
} from "../src/index.js"

/** A small district where 30% of students leave overnight, and nobody arrives. */
const Exodus: DistrictOptions = {
  size: "small",
  seed: 21,
  churn: { leaveRate: 0.3, arrivalRate: 0, updateRate: 0 },
}

/** A tiny district with the everyday churn: one of its 25 users leaves on day one. */
const Tiny: DistrictOptions = { size: "tiny", seed: 7 }

interface TestDistrict {
  readonly districtId: string
  readonly token: string
}

describe("thresholds, paused imports and decisions", () => {
  let platform: Platform
  let workspace: string
  let ingest: string
  let roster: string

  beforeAll(async () => {
    platform = await startPlatform()
    workspace = await mkdtemp(join(tmpdir(), "homeroom-paused-"))
    ingest = platform.urls.ingest ?? ""
    roster = platform.urls.roster ?? ""
  })
  afterAll(async () => {
    await platform?.stop()
    await rm(workspace, { recursive: true, force: true })
  })

  async function upload(district: TestDistrict, options: DistrictOptions, day: number) {
    const name = `${district.districtId}-${day}-${Date.now()}.zip`
    const bundle = await generateBundle(join(workspace, name), { ...options, day })
    const answer = await uploadBundle(ingest, district.token, bundle.path)
    expect(answer.statusCode).toBe(202)
    return answer.body.id
  }

  async function importDay(
    district: TestDistrict,
    options: DistrictOptions,
    day: number,
    statuses: ImportStatus[],
  ): Promise<ImportView> {
    const importId = await upload(district, options, day)
    return waitForImport(ingest, district.token, importId, statuses)
  }

  async function districtWithDayZero(name: string, options: DistrictOptions) {
    const district = await platform.createDistrict(name)
    await importDay(district, options, 0, ["applied"])
    return district
  }

  async function setThresholds(district: TestDistrict, thresholds: Threshold[]) {
    const answer = await call(`${ingest}/v1/settings`, district.token, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        processing: "onArrival",
        recipients: ["roster-admin@district.example"],
        thresholds,
      }),
    })
    expect(answer).toMatchObject({ statusCode: 200 })
  }

  async function decide(district: TestDistrict, importId: string, decision: string) {
    return call<ImportView>(`${roster}/v1/imports/${importId}/decision`, district.token, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ decision }),
    })
  }

  async function activeUserCount(district: TestDistrict): Promise<number> {
    let count = 0
    let cursor: string | null = null
    do {
      const query = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""
      const page: Answer<{ items: unknown[]; nextCursor: string | null }> = await call(
        `${roster}/v1/users?limit=1000${query}`,
        district.token,
      )
      count += page.body.items.length
      cursor = page.body.nextCursor
    } while (cursor)
    return count
  }

  async function emailsAbout(importId: string, count: number): Promise<ReceivedMail[]> {
    return waitFor(
      () => {
        const found = platform.mailbox.messages.filter((mail) =>
          mail.text.includes(importId),
        )
        return found.length >= count ? found : null
      },
      { what: `${count} emails about import ${importId}`, timeoutMs: 30_000 },
    )
  }

  const dayZero = describeDistrict({ ...Exodus, day: 0 })
  const exodus = expectedChanges(Exodus, 0, 1)

  it("pauses a next-day export that removes 30% of students, emails both reports and changes nothing", async () => {
    const district = await districtWithDayZero("Riverside Unified", Exodus)

    const paused = await importDay(district, Exodus, 1, ["paused"])
    const emails = await emailsAbout(paused.id, 2)

    expect(paused.changes).toEqual(exodus)
    expect(paused.thresholdsReached?.map((reached) => reached.threshold)).toEqual([
      { kind: "users", measure: "removed", percent: 10, floor: 50 },
      { kind: "studentEnrollments", measure: "removed", percent: 10, floor: 50 },
    ])
    expect(paused.thresholdsReached?.[0]).toMatchObject({
      value: exodus.users.removed,
      base: exodus.users.existing,
      reachedBy: ["percent"],
    })
    expect(await activeUserCount(district)).toBe(dayZero.records.users)
    expect(emails.map((email) => email.subject).sort()).toEqual([
      "Check Your Data — Riverside Unified",
      "Import Results: paused — Riverside Unified",
    ])
    const check = emails.find((email) => email.subject.startsWith("Check Your Data"))
    expect(check?.text).toContain(`/v1/imports/${paused.id}/changes`)
    expect(check?.text).toContain(`${exodus.users.removed}`)
  })

  it("applies a paused import once an administrator approves it", async () => {
    const district = await districtWithDayZero("Lakeview Schools", Exodus)
    const paused = await importDay(district, Exodus, 1, ["paused"])

    const decided = await decide(district, paused.id, "approve")
    const applied = await waitForImport(ingest, district.token, paused.id, ["applied"])

    expect(decided.statusCode).toBe(202)
    expect(applied.changes).toEqual(exodus)
    expect(applied.decision?.decision).toBe("approve")
    expect(await activeUserCount(district)).toBe(
      dayZero.records.users - exodus.users.removed,
    )
    const results = await emailsAbout(paused.id, 3)
    expect(results.map((email) => email.subject).sort()).toEqual([
      "Check Your Data — Lakeview Schools",
      "Import Results: applied — Lakeview Schools",
      "Import Results: paused — Lakeview Schools",
    ])
  })

  it("keeps the students who would have left when approved without removals", async () => {
    const district = await districtWithDayZero("Hillcrest Academy District", Exodus)
    const paused = await importDay(district, Exodus, 1, ["paused"])

    await decide(district, paused.id, "approveWithoutRemovals")
    const applied = await waitForImport(ingest, district.token, paused.id, ["applied"])

    expect(applied.changes?.users).toEqual({ ...exodus.users, removed: 0 })
    expect(applied.changes?.studentEnrollments).toEqual({
      ...exodus.studentEnrollments,
      removed: 0,
    })
    expect(await activeUserCount(district)).toBe(dayZero.records.users)
  })

  it("changes nothing when an administrator cancels", async () => {
    const district = await districtWithDayZero("Meadowbrook District", Exodus)
    const paused = await importDay(district, Exodus, 1, ["paused"])

    const cancelled = await decide(district, paused.id, "cancel")
    const emails = await emailsAbout(paused.id, 3)

    expect(cancelled.statusCode).toBe(200)
    expect(cancelled.body.status).toBe("cancelled")
    expect(await activeUserCount(district)).toBe(dayZero.records.users)
    expect(emails.map((email) => email.subject)).toContain(
      "Import Results: cancelled — Meadowbrook District",
    )
  })

  it("supersedes a paused import when a newer upload arrives", async () => {
    const district = await districtWithDayZero("Fairview County Schools", Exodus)
    const paused = await importDay(district, Exodus, 1, ["paused"])

    const newer = await importDay(district, Exodus, 0, ["applied"])
    const superseded = await waitForImport(ingest, district.token, paused.id, [
      "superseded",
    ])

    expect(newer.changes?.users).toMatchObject({ created: 0, updated: 0, removed: 0 })
    expect(superseded.status).toBe("superseded")
    expect((await decide(district, paused.id, "approve")).statusCode).toBe(409)
    expect(await activeUserCount(district)).toBe(dayZero.records.users)
  })

  it("does not pause a small district for one removal below the floor, which pauses without it", async () => {
    const tinyChanges = expectedChanges(Tiny, 0, 1)
    expect(tinyChanges.users).toMatchObject({ removed: 1, existing: 25 })
    const withFloor = await districtWithDayZero("Little Creek", Tiny)
    const withoutFloor = await districtWithDayZero("Little Pond", Tiny)
    await setThresholds(withFloor, [
      { kind: "users", measure: "removed", percent: 1, floor: 50 },
    ])
    await setThresholds(withoutFloor, [{ kind: "users", measure: "removed", percent: 1 }])

    const applied = await importDay(withFloor, Tiny, 1, ["applied", "paused"])
    const paused = await importDay(withoutFloor, Tiny, 1, ["applied", "paused"])

    expect(applied.status).toBe("applied")
    expect(applied.changes).toEqual(tinyChanges)
    expect(paused.status).toBe("paused")
  })

  it("pauses when a threshold is exactly reached, and not one short of it", async () => {
    const removed = expectedChanges(Tiny, 0, 1).users.removed
    const exactly = await districtWithDayZero("Exact Falls", Tiny)
    const shortOf = await districtWithDayZero("Near Miss", Tiny)
    await setThresholds(exactly, [{ kind: "users", measure: "removed", count: removed }])
    await setThresholds(shortOf, [
      { kind: "users", measure: "removed", count: removed + 1 },
    ])

    const paused = await importDay(exactly, Tiny, 1, ["applied", "paused"])
    const applied = await importDay(shortOf, Tiny, 1, ["applied", "paused"])

    expect(paused.status).toBe("paused")
    expect(paused.thresholdsReached).toMatchObject([
      { value: removed, reachedBy: ["count"] },
    ])
    expect(applied.status).toBe("applied")
  })
})
