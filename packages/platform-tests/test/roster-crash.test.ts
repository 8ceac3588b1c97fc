import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { RecordKinds } from "@homeroom/contracts"
import {
  type DistrictOptions,
  describeDistrict,
  generateBundle,
} from "@homeroom/generator"
import { waitFor } from "@homeroom/testing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  call,
  type Platform,
  type ServiceProcess,
  startPlatform,
  startServiceProcess,
  uploadBundle,
  waitForImport,
} from "../src/index.js"

const district: DistrictOptions = { size: "medium", seed: 5 }

describe("a roster service that dies while applying", () => {
  let platform: Platform
  let workspace: string
  let roster: ServiceProcess | undefined

  beforeAll(async () => {
    platform = await startPlatform({
      inProcess: ["ingest", "validation", "notification"],
      ackWaitMs: 3000,
    })
    workspace = await mkdtemp(join(tmpdir(), "homeroom-crash-"))
  })
  afterAll(async () => {
    await roster?.stop()
    await platform?.stop()
    await rm(workspace, { recursive: true, force: true })
  })

  it("finishes the import exactly once after a restart, with the counts of a clean run", async () => {
    const { districtId, token } = await platform.createDistrict("Cedar Falls")
    const bundle = await generateBundle(join(workspace, "day-0.zip"), district)
    roster = await startServiceProcess("roster", platform.environment)

    const upload = await uploadBundle(platform.urls.ingest ?? "", token, bundle.path)
    await waitForApplyInProgress(platform, upload.body.id)
    await roster.crash()
    const interrupted = await call<{ status: string }>(
      `${platform.urls.ingest}/v1/imports/${upload.body.id}`,
      token,
    )
    expect(["comparing", "applying"]).toContain(interrupted.body.status)
    roster = await startServiceProcess("roster", platform.environment)
    const applied = await waitForImport(
      platform.urls.ingest ?? "",
      token,
      upload.body.id,
      ["applied"],
    )

    const described = describeDistrict(district)
    expect(applied.changes).toEqual(
      Object.fromEntries(
        RecordKinds.map((kind) => [
          kind,
          { created: described.records[kind], updated: 0, removed: 0, existing: 0 },
        ]),
      ),
    )
    expect(applied.timeline.filter((entry) => entry.status === "applied")).toHaveLength(1)
    expect(await countRoster(platform, districtId)).toEqual({
      users: described.rows["users.csv"],
      enrollments: described.rows["enrollments.csv"],
    })
  })
})

/** Waits until the roster service is inside the import's apply transaction. */
async function waitForApplyInProgress(platform: Platform, importId: string) {
  await waitFor(
    async () => {
      const rows = await platform.database.$client`
        select 1 from imports, pg_stat_activity
        where imports.id = ${importId}
          and imports.status = 'comparing'
          and pg_stat_activity.application_name = 'homeroom-roster'
          and pg_stat_activity.state = 'active'
          and pg_stat_activity.query ~* '^\\s*(copy|insert)'`
      return rows.length > 0
    },
    { timeoutMs: 120_000, intervalMs: 20, what: "the roster service to start applying" },
  )
}

async function countRoster(platform: Platform, districtId: string) {
  const [counts] = await platform.database.$client`
    select
      (select count(*)::int from users where district_id = ${districtId}) as users,
      (select count(*)::int from enrollments where district_id = ${districtId}) as enrollments`
  return { users: counts?.["users"], enrollments: counts?.["enrollments"] }
}
