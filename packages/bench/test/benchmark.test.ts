import { mkdtemp, readdir, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type ChangeSummary, RecordKinds } from "@homeroom/contracts"
import { describeDistrict, expectedChanges } from "@homeroom/generator"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  type BenchmarkResult,
  type ImportResult,
  type ImportScenario,
  type LoadFigures,
  renderMarkdown,
  runBenchmark,
  type ServiceName,
  ServiceNames,
} from "../src/index.js"

const tiny = { size: "tiny", seed: 1 } as const
const number = expect.any(Number)

describe("the benchmark on the tiny district", () => {
  let workDirectory: string
  let result: BenchmarkResult

  beforeAll(async () => {
    workDirectory = await mkdtemp(join(tmpdir(), "homeroom-bench-test-"))
    result = await runBenchmark({
      sizes: ["tiny"],
      durationSeconds: 1,
      connections: 4,
      workDirectory,
      profile: false,
      report: () => {},
    })
  }, 120_000)
  afterAll(async () => {
    await rm(workDirectory, { recursive: true, force: true })
  })

  it("measures the three imports, the floors and both read routes", () => {
    const firstDay = describeDistrict({ ...tiny, day: 0 })
    const nextDay = describeDistrict({ ...tiny, day: 1 })
    const [size] = result.sizes

    expect(result.settings).toEqual({
      sizes: ["tiny"],
      durationSeconds: 1,
      connections: 4,
    })
    expect(size).toEqual({
      size: "tiny",
      bundles: {
        firstDay: {
          day: 0,
          zipBytes: number,
          rows: rowsOf(firstDay),
          generatedMs: number,
        },
        nextDay: { day: 1, zipBytes: number, rows: rowsOf(nextDay), generatedMs: number },
      },
      floors: { firstDay: floorOf(firstDay), nextDay: floorOf(nextDay) },
      imports: [
        importOf("first", rowsOf(firstDay), createdFrom(firstDay.records)),
        importOf("unchanged", rowsOf(firstDay), unchangedFrom(firstDay.records)),
        importOf("nextDay", rowsOf(nextDay), expectedChanges(tiny, 0, 1)),
      ],
      reads: [
        { route: "classDetail", roster: load, floor: load, throughputRatio: number },
        { route: "userList", roster: load, floor: load, throughputRatio: number },
      ],
      peakRssMiB: memory,
    })
  })

  it("publishes one event record per change and times every stage", () => {
    for (const measured of result.sizes[0]?.imports ?? []) {
      expect(measured.events.records).toBe(totalChanges(measured.changes))
      expect(Object.values(measured.stages).every((ms) => ms >= 0)).toBe(true)
      expect(Object.values(measured.peakRssMiB).every((mib) => mib > 0)).toBe(true)
    }
  })

  it("holds every import and read against its floor", () => {
    const [size] = result.sizes
    const ratios = size?.imports.map((measured) => measured.floorRatio)
    const readRatios = size?.reads.map((read) => read.throughputRatio)

    expect(ratios).toEqual(
      size?.imports.map((measured) =>
        round(measured.uploadToAppliedMs / measured.floorMs),
      ),
    )
    expect(readRatios).toEqual(
      size?.reads.map((read) =>
        round(read.roster.requestsPerSecond / read.floor.requestsPerSecond),
      ),
    )
    expect(
      size?.reads.map((read) => [read.roster.failures, read.floor.failures]),
    ).toEqual([
      [0, 0],
      [0, 0],
    ])
  })

  it("reports the targets of the largest size and keeps each service's log", async () => {
    expect(result.targets.map((check) => check.target)).toEqual([
      "tiny: first import ≤ 2× floor",
      "tiny: unchanged import ≤ 0.5× floor",
      "tiny: nextDay import ≤ 1× floor",
      ...ServiceNames.map((service) => `tiny: ${service} < 512 MiB RSS`),
      "tiny: class detail ≥ 70% of floor throughput",
      "tiny: class detail p99 < 20 ms",
    ])
    expect(renderMarkdown(result)).toContain("| tiny | next day | 91 |")
    expect((await readdir(join(workDirectory, "tiny", "logs"))).sort()).toEqual(
      ServiceNames.map((service) => `${service}.log`).sort(),
    )
  })
})

const load: LoadFigures = {
  requestsPerSecond: number,
  p50Ms: number,
  p99Ms: number,
  requests: number,
  failures: 0,
}

const memory = Object.fromEntries(
  ServiceNames.map((service) => [service, number]),
) as Record<ServiceName, number>

const stages = {
  store: number,
  validate: number,
  stage: number,
  compare: number,
  apply: number,
  publish: number,
  email: number,
}

const phases = {
  locked: number,
  staged: number,
  compared: number,
  applied: number,
  queued: number,
  committed: number,
}

function importOf(
  scenario: ImportScenario,
  rows: number,
  changes: ChangeSummary,
): ImportResult {
  return {
    scenario,
    importId: expect.any(String),
    rows,
    uploadToAppliedMs: number,
    floorMs: number,
    floorRatio: number,
    rowsPerSecond: number,
    stages,
    phasesMs: phases,
    changes,
    events: { messages: eventMessagesOf(changes), records: totalChanges(changes) },
    peakRssMiB: memory,
  }
}

function floorOf(district: ReturnType<typeof describeDistrict>) {
  return {
    ms: number,
    files: Object.fromEntries(
      Object.entries(district.rows).map(([file, rows]) => [
        file,
        { rows, copyMs: number, keyMs: number },
      ]),
    ),
  }
}

function rowsOf(district: ReturnType<typeof describeDistrict>): number {
  return Object.values(district.rows).reduce((total, rows) => total + rows, 0)
}

function createdFrom(records: Record<string, number>): ChangeSummary {
  return Object.fromEntries(
    RecordKinds.map((kind) => [
      kind,
      { created: records[kind], updated: 0, removed: 0, existing: 0 },
    ]),
  ) as ChangeSummary
}

function unchangedFrom(records: Record<string, number>): ChangeSummary {
  return Object.fromEntries(
    RecordKinds.map((kind) => [
      kind,
      { created: 0, updated: 0, removed: 0, existing: records[kind] },
    ]),
  ) as ChangeSummary
}

function totalChanges(changes: ChangeSummary): number {
  return Object.values(changes).reduce(
    (total, counts) => total + counts.created + counts.updated + counts.removed,
    0,
  )
}

/** One event message per entity and kind of change at this size (under 500 records). */
function eventMessagesOf(changes: ChangeSummary): number {
  const entityOf = (kind: string) => (kind.endsWith("Enrollments") ? "enrollments" : kind)
  const groups = new Set<string>()
  for (const [kind, counts] of Object.entries(changes)) {
    for (const change of ["created", "updated", "removed"] as const) {
      if (counts[change] > 0) groups.add(`${entityOf(kind)}.${change}`)
    }
  }
  return groups.size
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
