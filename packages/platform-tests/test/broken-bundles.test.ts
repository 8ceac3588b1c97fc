import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type Problem, Streams } from "@homeroom/contracts"
import { generateBundle } from "@homeroom/generator"
import { type BrokenBundle, BrokenBundles } from "@homeroom/validation/test-bundles"
import { connect, type NatsConnection } from "@nats-io/transport-node"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  call,
  type Platform,
  startPlatform,
  uploadBundle,
  waitForImport,
} from "../src/index.js"
import { type RosterListings, readRosterListings } from "./support/roster-listings.js"
import {
  subjectCounts,
  waitForOutboxPublished,
  waitForPipelineIdle,
} from "./support/stream-activity.js"

/** Where the first problem of a broken bundle points. */
type Place = Pick<Problem, "code" | "file" | "line" | "column">

function place(code: string, file: string | null, line: number | null = null): Place {
  return { code, file, line, column: null }
}

const cases: Array<[string, BrokenBundle, Place]> = [
  ["a file that is not a zip", "notAZip", place("HR_VAL_NOT_A_ZIP", null)],
  ["an empty zip", "emptyZip", place("HR_VAL_EMPTY_ZIP", null)],
  ["a truncated zip", "truncatedZip", place("HR_VAL_NOT_A_ZIP", null)],
  [
    "an entry climbing out with ../",
    "climbingEntry",
    place("HR_VAL_UNSAFE_PATH", "../evil.csv"),
  ],
  [
    "an entry with an absolute path",
    "absoluteEntry",
    place("HR_VAL_UNSAFE_PATH", "/x/evil.csv"),
  ],
  ["the same file twice", "sameFileTwice", place("HR_VAL_DUPLICATE_FILE", "orgs.csv")],
  [
    "a zip bomb declaring its size",
    "declaredZipBomb",
    place("HR_VAL_ZIP_BOMB", "users.csv"),
  ],
  ["a zip bomb hiding its size", "lyingZipBomb", place("HR_VAL_ZIP_BOMB", "users.csv")],
  ["a file that is not UTF-8", "notUtf8", place("HR_VAL_NOT_UTF8", "users.csv", 4)],
  [
    "a line of absurd length",
    "absurdLine",
    place("HR_VAL_LINE_TOO_LONG", "users.csv", 2),
  ],
  [
    "a required file with no data rows",
    "noDataRows",
    place("HR_VAL_REQUIRED_FILE_EMPTY", "enrollments.csv"),
  ],
  ["a missing required file", "missingFile", place("HR_VAL_FILE_MISSING", "users.csv")],
  [
    "a wrong header",
    "wrongHeader",
    { code: "HR_VAL_HEADER_MISMATCH", file: "orgs.csv", line: 1, column: "identifier" },
  ],
]

describe("a broken bundle after a good import", () => {
  let platform: Platform
  let workspace: string
  let observer: NatsConnection
  let token: string
  let roster: RosterListings
  let events: Record<string, number>
  let outboxRows: number

  beforeAll(async () => {
    platform = await startPlatform()
    workspace = await mkdtemp(join(tmpdir(), "homeroom-broken-"))
    observer = await connect({ servers: platform.nats.url })
    ;({ token } = await platform.createDistrict("Willow Creek Schools"))

    const bundle = await generateBundle(join(workspace, "day-0.zip"), { seed: 7 })
    const upload = await uploadBundle(platform.urls.ingest ?? "", token, bundle.path)
    await waitForImport(platform.urls.ingest ?? "", token, upload.body.id, ["applied"])
    outboxRows = await waitForOutboxPublished(platform)
    roster = await readRosterListings(platform.urls.roster ?? "", token)
    events = await subjectCounts(observer, Streams.roster.name)
  })
  afterAll(async () => {
    await observer?.close()
    await platform?.stop()
    await rm(workspace, { recursive: true, force: true })
  })

  it("starts from an applied roster", () => {
    expect(roster.users.length).toBeGreaterThan(0)
    expect(roster.classes.length).toBeGreaterThan(0)
    expect(roster.enrollments.length).toBeGreaterThan(0)
    expect(Object.keys(events).length).toBeGreaterThan(0)
  })

  it.each(cases)(
    "is rejected for %s, leaving the roster untouched",
    async (_, name, expected) => {
      const path = await BrokenBundles[name](workspace)

      const upload = await uploadBundle(platform.urls.ingest ?? "", token, path)
      const rejected = await waitForImport(
        platform.urls.ingest ?? "",
        token,
        upload.body.id,
        ["rejected", "applied", "failed"],
      )

      const problems = await call<{ items: Problem[] }>(
        `${platform.urls.ingest}/v1/imports/${rejected.id}/problems?limit=1`,
        token,
      )
      const [first] = problems.body.items
      expect({ status: rejected.status, reason: rejected.reason }).toEqual({
        status: "rejected",
        reason: first?.message,
      })
      expect({
        code: first?.code,
        file: first?.file,
        line: first?.line,
        column: first?.column,
      }).toEqual(expected)

      await waitForPipelineIdle(observer)
      expect(await readRosterListings(platform.urls.roster ?? "", token)).toEqual(roster)
      expect(await subjectCounts(observer, Streams.roster.name)).toEqual(events)
      expect(await waitForOutboxPublished(platform)).toBe(outboxRows)
    },
  )
})
