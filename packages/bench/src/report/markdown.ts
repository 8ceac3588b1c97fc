import type {
  BenchmarkResult,
  ImportResult,
  Machine,
  ReadResult,
  SizeResult,
} from "./result.js"
import { ServiceNames } from "./result.js"

const ScenarioNames = {
  first: "first import",
  unchanged: "same bundle again",
  nextDay: "next day",
} as const

const RouteNames = {
  classDetail: "`GET /v1/classes/{id}`",
  userList: "`GET /v1/users?limit=100` (cursor)",
} as const

/** The run as Markdown: the machine, the import and read tables, and the targets. */
export function renderMarkdown(result: BenchmarkResult): string {
  return [
    `Measured ${result.startedAt.slice(0, 10)} on ${machineLine(result.machine)}.`,
    `Read load: ${result.settings.connections} connections for ${result.settings.durationSeconds} s per route.`,
    "",
    "Imports (seconds; stages add up to about the total, publish and email follow it):",
    "",
    importTable(result.sizes),
    "",
    "Reads:",
    "",
    readTable(result.sizes),
    "",
    "Targets, at the largest size measured:",
    "",
    table(
      ["Target", "Measured", "Met"],
      result.targets.map((check) => [
        check.target,
        check.measured,
        check.met ? "yes" : "**no**",
      ]),
    ),
    "",
  ].join("\n")
}

/** The machine in one line. */
export function machineLine(machine: Machine): string {
  const settings = Object.entries(machine.postgresSettings)
    .map(([name, value]) => `${name}=${value}`)
    .join(", ")
  return `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ${machine.postgres} (${settings})`
}

function importTable(sizes: readonly SizeResult[]): string {
  const header = [
    "Size",
    "Import",
    "Rows",
    "Upload → applied",
    "Floor",
    "× floor",
    "Rows/s",
    "Store",
    "Validate",
    "Stage",
    "Compare",
    "Apply",
    "Publish",
    "Email",
    `Peak RSS MiB (${ServiceNames.join(" / ")})`,
  ]
  const rows = sizes.flatMap((size) =>
    size.imports.map((result) => importRow(size, result)),
  )
  return table(header, rows)
}

function importRow(size: SizeResult, result: ImportResult): string[] {
  const { stages } = result
  return [
    size.size,
    ScenarioNames[result.scenario],
    count(result.rows),
    seconds(result.uploadToAppliedMs),
    seconds(result.floorMs),
    `${result.floorRatio.toFixed(2)}×`,
    count(result.rowsPerSecond),
    seconds(stages.store),
    seconds(stages.validate),
    seconds(stages.stage),
    seconds(stages.compare),
    seconds(stages.apply),
    seconds(stages.publish),
    seconds(stages.email),
    ServiceNames.map((name) => Math.round(result.peakRssMiB[name])).join(" / "),
  ]
}

function readTable(sizes: readonly SizeResult[]): string {
  const header = [
    "Size",
    "Route",
    "Roster req/s",
    "p50 ms",
    "p99 ms",
    "Floor req/s",
    "Floor p50 ms",
    "Floor p99 ms",
    "Roster / floor",
  ]
  return table(
    header,
    sizes.flatMap((size) => size.reads.map((read) => readRow(size, read))),
  )
}

function readRow(size: SizeResult, read: ReadResult): string[] {
  return [
    size.size,
    RouteNames[read.route],
    count(read.roster.requestsPerSecond),
    `${read.roster.p50Ms}`,
    `${read.roster.p99Ms}`,
    count(read.floor.requestsPerSecond),
    `${read.floor.p50Ms}`,
    `${read.floor.p99Ms}`,
    `${Math.round(read.throughputRatio * 100)}%`,
  ]
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n")
}

function seconds(milliseconds: number): string {
  return (milliseconds / 1000).toFixed(2)
}

function count(value: number): string {
  return value.toLocaleString("en-US")
}
