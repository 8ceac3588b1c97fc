import { mkdir, mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { DistrictSize } from "@homeroom/generator"
import { prepareBundles } from "./bundles/prepare-bundles.js"
import { measureCopyFloor } from "./floor/copy-floor.js"
import { runImportScenario } from "./imports/run-import-scenario.js"
import { type BenchPlatform, startBenchPlatform } from "./platform/bench-platform.js"
import { watchMemory } from "./platform/memory-watch.js"
import { runReadPath } from "./reads/run-read-path.js"
import { describeMachine } from "./report/machine.js"
import type {
  BenchmarkResult,
  ImportResult,
  ServiceName,
  SizeResult,
} from "./report/result.js"
import { ServiceNames } from "./report/result.js"
import { checkTargets } from "./report/targets.js"

/** What to measure, and where to keep logs and profiles. */
export interface BenchmarkOptions {
  readonly sizes: readonly DistrictSize[]
  readonly durationSeconds: number
  readonly connections: number
  /** Each size's service logs (and profiles) go under it. */
  readonly workDirectory: string
  /** Profiles validation and roster with `--cpu-prof`, and logs slow statements. */
  readonly profile: boolean
  /** Progress, one line at a time. */
  readonly report: (line: string) => void
}

/**
 * Measures every size in turn, each on a fresh platform: the three imports against the
 * copy floor, then the read path against the floor server.
 */
export async function runBenchmark(options: BenchmarkOptions): Promise<BenchmarkResult> {
  const startedAt = new Date().toISOString()
  const adminUrl =
    process.env["DATABASE_URL"] ?? "postgres://postgres@127.0.0.1:5432/postgres"
  const machine = await describeMachine(adminUrl)
  const sizes: SizeResult[] = []
  for (const size of options.sizes) sizes.push(await measureSize(size, options))
  return {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    settings: {
      sizes: options.sizes,
      durationSeconds: options.durationSeconds,
      connections: options.connections,
    },
    sizes,
    targets: checkTargets(sizes),
  }
}

async function measureSize(
  size: DistrictSize,
  options: BenchmarkOptions,
): Promise<SizeResult> {
  const scratch = await mkdtemp(join(tmpdir(), `homeroom-bench-${size}-`))
  try {
    options.report(`${size}: generating the first-day and next-day exports`)
    const bundles = await prepareBundles(size, scratch)

    options.report(`${size}: starting the platform`)
    const platform = await startSizePlatform(size, options)
    try {
      options.report(`${size}: measuring the copy floor`)
      const floors = {
        firstDay: await measureCopyFloor(platform.databaseUrl, bundles.firstDay.csvPaths),
        nextDay: await measureCopyFloor(platform.databaseUrl, bundles.nextDay.csvPaths),
      }

      const imports: ImportResult[] = []
      for (const [scenario, bundle, floor] of [
        ["first", bundles.firstDay, floors.firstDay],
        ["unchanged", bundles.firstDay, floors.firstDay],
        ["nextDay", bundles.nextDay, floors.nextDay],
      ] as const) {
        options.report(`${size}: import, ${scenario}`)
        imports.push(await runImportScenario(platform, scenario, bundle, floor))
      }

      options.report(`${size}: read path under load`)
      const memory = await watchMemory(pidsOf(platform))
      const reads = await runReadPath(platform, options).finally(memory.stop)
      const readPeaks = await memory.finish()

      return {
        size,
        bundles: { firstDay: bundles.firstDay.facts, nextDay: bundles.nextDay.facts },
        floors,
        imports,
        reads,
        peakRssMiB: highestOf([...imports.map((result) => result.peakRssMiB), readPeaks]),
      }
    } finally {
      await platform.stop()
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

async function startSizePlatform(
  size: DistrictSize,
  options: BenchmarkOptions,
): Promise<BenchPlatform> {
  const directory = join(options.workDirectory, size)
  await mkdir(directory, { recursive: true })
  // Node names each profile after its process and thread: tsx's loader runs in a
  // thread of its own, and the service's work is in the largest file.
  const profileFlags = (name: ServiceName) => [
    "--cpu-prof",
    `--cpu-prof-dir=${join(directory, "profiles", name)}`,
  ]
  return startBenchPlatform({
    logDirectory: join(directory, "logs"),
    nodeFlags: options.profile
      ? { validation: profileFlags("validation"), roster: profileFlags("roster") }
      : {},
    slowStatementMs: options.profile ? 200 : undefined,
  })
}

function pidsOf(platform: BenchPlatform): Record<ServiceName, number> {
  return Object.fromEntries(
    ServiceNames.map((name) => [name, platform.services[name].pid]),
  ) as Record<ServiceName, number>
}

function highestOf(
  peaks: ReadonlyArray<Readonly<Record<ServiceName, number>>>,
): Record<ServiceName, number> {
  return Object.fromEntries(
    ServiceNames.map((name) => [name, Math.max(...peaks.map((peak) => peak[name]))]),
  ) as Record<ServiceName, number>
}
