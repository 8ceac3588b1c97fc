import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type Problem, RecordKinds, Streams } from "@homeroom/contracts"
import {
  type DistrictOptions,
  describeDistrict,
  generateBundle,
} from "@homeroom/generator"
import {
  BrokenBundles,
  Headers,
  tinyBundle,
  writeZip,
} from "@homeroom/validation/test-bundles"
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
import { subjectCounts, waitForPipelineIdle } from "./support/stream-activity.js"

const district: DistrictOptions = { size: "small", seed: 3 }

/** A student with an invalid role, and the enrollment that names them. */
const rowErrors = {
  "users.csv": ["u9,,,true,s1,pupil,kgray,,Kim,Gray,,,,,,,,"],
  "enrollments.csv": ["e9,,,c1,s1,u9,student,false,,"],
}

const rowProblems: Problem[] = [
  {
    severity: "error",
    code: "HR_VAL_INVALID_VOCABULARY",
    file: "users.csv",
    line: 5,
    column: "role",
    value: "pupil",
    message:
      "role must be one of: administrator, aide, guardian, parent, proctor, relative, student, teacher.",
  },
  {
    severity: "error",
    code: "HR_VAL_REFERENCED_ROW_REJECTED",
    file: "enrollments.csv",
    line: 4,
    column: "userSourcedId",
    value: "u9",
    message:
      "The user this names has errors in users.csv and was left out, so this row is left out too.",
  },
]

describe("a dry run", () => {
  let platform: Platform
  let workspace: string
  let observer: NatsConnection
  let token: string

  beforeAll(async () => {
    platform = await startPlatform()
    workspace = await mkdtemp(join(tmpdir(), "homeroom-dry-run-"))
    observer = await connect({ servers: platform.nats.url })
    ;({ token } = await platform.createDistrict("Birch Lake Schools"))
  })
  afterAll(async () => {
    await observer?.close()
    await platform?.stop()
    await rm(workspace, { recursive: true, force: true })
  })

  async function dryRun(path: string, statuses: Array<"checked" | "rejected">) {
    const upload = await uploadBundle(platform.urls.ingest ?? "", token, path, {
      dryRun: true,
    })
    expect(upload).toMatchObject({ statusCode: 202, body: { status: "received" } })
    return waitForImport(platform.urls.ingest ?? "", token, upload.body.id, statuses)
  }

  async function problemsOf(importId: string) {
    const answer = await call(
      `${platform.urls.ingest}/v1/imports/${importId}/problems`,
      token,
    )
    return answer.body
  }

  /** What a dry run must leave behind: no roster, no events, no email, no outcome. */
  async function expectNothingAnnounced() {
    await waitForPipelineIdle(observer)

    expect(await readRosterListings(platform.urls.roster ?? "", token)).toEqual({
      users: [],
      classes: [],
      enrollments: [],
    })
    expect(Object.keys(await subjectCounts(observer, Streams.imports.name))).toEqual([
      "imports.received",
    ])
    expect(await subjectCounts(observer, Streams.roster.name)).toEqual({})
    const [outbox] = await platform.database.$client`
      select count(*)::int as rows from roster_outbox`
    expect(outbox).toEqual({ rows: 0 })
    expect(platform.mailbox.messages).toEqual([])
  }

  it("checks a good bundle and reports it, touching neither roster nor mailbox", async () => {
    const bundle = await generateBundle(join(workspace, "district.zip"), district)
    const described = describeDistrict(district)

    const checked = await dryRun(bundle.path, ["checked", "rejected"])

    expect(checked).toEqual({
      id: checked.id,
      status: "checked",
      source: "upload",
      dryRun: true,
      fileName: "district.zip",
      sizeBytes: bundle.zipBytes,
      sha256: bundle.sha256,
      receivedAt: expect.any(String),
      updatedAt: expect.any(String),
      reason: null,
      errorCount: 0,
      warningCount: 0,
      files: Object.entries(described.rows).map(([file, rowsRead]) => ({
        file,
        rowsRead,
        rowsWithErrors: 0,
        warnings: 0,
      })),
      logicalFiles: RecordKinds.map((kind) => ({
        kind,
        rowsRead: described.records[kind],
        rowsWithErrors: 0,
        warnings: 0,
      })),
      changes: null,
      thresholdsReached: null,
      decision: null,
      timeline: ["received", "validating", "checked"].map((status) => ({
        status,
        at: expect.any(String),
        reason: null,
      })),
    })
    expect(await problemsOf(checked.id)).toEqual({ items: [], nextCursor: null })
    await expectNothingAnnounced()
  })

  it("lists the problems of rows with errors and still ends checked", async () => {
    const path = await writeZip(workspace, tinyBundle({ extraRows: rowErrors }))

    const checked = await dryRun(path, ["checked", "rejected"])

    expect(checked).toMatchObject({ status: "checked", errorCount: 2, warningCount: 0 })
    expect(checked.logicalFiles).toEqual([
      { kind: "orgs", rowsRead: 2, rowsWithErrors: 0, warnings: 0 },
      { kind: "academicSessions", rowsRead: 2, rowsWithErrors: 0, warnings: 0 },
      { kind: "users", rowsRead: 4, rowsWithErrors: 1, warnings: 0 },
      { kind: "classes", rowsRead: 1, rowsWithErrors: 0, warnings: 0 },
      { kind: "teacherEnrollments", rowsRead: 1, rowsWithErrors: 0, warnings: 0 },
      { kind: "studentEnrollments", rowsRead: 2, rowsWithErrors: 1, warnings: 0 },
    ])
    expect(await problemsOf(checked.id)).toEqual({ items: rowProblems, nextCursor: null })
    await expectNothingAnnounced()
  })

  it("lists row errors and the fatal problem after them, ending rejected", async () => {
    const classes = "sourcedId,status,dateLastModified,title\nc1,,,Algebra I\n"
    const files = tinyBundle({ extraRows: rowErrors, files: { "classes.csv": classes } })
    const path = await writeZip(workspace, files)

    const rejected = await dryRun(path, ["checked", "rejected"])

    const missing =
      "grades, courseSourcedId, classCode, classType, location, schoolSourcedId, " +
      "termSourcedIds, subjects, subjectCodes, periods"
    const message =
      `The header ends early; missing: ${missing}. The header of classes.csv must be: ` +
      `${Headers.classes} (letter case aside), optionally followed by metadata.* columns.`
    expect(rejected).toMatchObject({ status: "rejected", dryRun: true, reason: message })
    expect(rejected.timeline.map((entry) => entry.status)).toEqual([
      "received",
      "validating",
      "rejected",
    ])
    expect(await problemsOf(rejected.id)).toEqual({
      items: [
        rowProblems[0],
        {
          severity: "error",
          code: "HR_VAL_HEADER_MISMATCH",
          file: "classes.csv",
          line: 1,
          column: "grades",
          value: null,
          message,
        },
      ],
      nextCursor: null,
    })
    await expectNothingAnnounced()
  })

  it("reports a broken zip's fatal problem the same way", async () => {
    const rejected = await dryRun(await BrokenBundles.missingFile(workspace), [
      "checked",
      "rejected",
    ])

    expect(rejected).toMatchObject({ status: "rejected", dryRun: true, errorCount: 1 })
    expect(await problemsOf(rejected.id)).toMatchObject({
      items: [{ code: "HR_VAL_FILE_MISSING", file: "users.csv", line: null }],
      nextCursor: null,
    })
    await expectNothingAnnounced()
  })
})
