import type { ChangeSummary } from "@homeroom/contracts"
import type { DistrictSize } from "@homeroom/generator"

/** The four services, each measured as its own process. */
export const ServiceNames = ["ingest", "validation", "roster", "notification"] as const

/** One of the four services. */
export type ServiceName = (typeof ServiceNames)[number]

/** The three imports measured at each size, in the order they run. */
export const ImportScenarios = ["first", "unchanged", "nextDay"] as const

/** What an import scenario sends: the first export into an empty district, the same
 * bundle again, or the next day's export. */
export type ImportScenario = (typeof ImportScenarios)[number]

/** The read routes measured under load. */
export const ReadRoutes = ["classDetail", "userList"] as const

/** A read route: one class with its sorted teachers, or a page of the user list. */
export type ReadRoute = (typeof ReadRoutes)[number]

/** The machine a run was measured on. */
export interface Machine {
  readonly cpuModel: string
  readonly cores: number
  readonly memoryGiB: number
  readonly node: string
  readonly postgres: string
  /** Server settings that decide how fast a large import writes. */
  readonly postgresSettings: Readonly<Record<string, string>>
  readonly os: string
}

/** One day's export of a district, as generated for the run. */
export interface BundleFacts {
  readonly day: number
  readonly zipBytes: number
  /** Data rows over the five files. */
  readonly rows: number
  readonly generatedMs: number
}

/** The floor: Postgres copying a bundle's five CSV files into plain tables. */
export interface CopyFloor {
  /** COPY of all five files plus their primary keys. */
  readonly ms: number
  readonly files: Readonly<
    Record<string, { rows: number; copyMs: number; keyMs: number }>
  >
}

/** Where an import's time went, in milliseconds, stage after stage. */
export interface ImportStages {
  /** The upload request, until ingest answered. */
  readonly store: number
  /** From `received` to `validated`. */
  readonly validate: number
  /** From `validated` until the files sit in staging tables (hand-off and lock included). */
  readonly stage: number
  /** The comparison with the roster in SQL. */
  readonly compare: number
  /** Writing the changes, queueing events and the commit. */
  readonly apply: number
  /** From the commit until the import's last roster event is stored in NATS. */
  readonly publish: number
  /** From then until the SMTP server has the "Import Results" email. */
  readonly email: number
}

/** One measured import. */
export interface ImportResult {
  readonly scenario: ImportScenario
  readonly importId: string
  readonly rows: number
  /** From the start of the upload to the roster's commit of the import. */
  readonly uploadToAppliedMs: number
  readonly floorMs: number
  /** `uploadToAppliedMs` over the floor. */
  readonly floorRatio: number
  readonly rowsPerSecond: number
  readonly stages: ImportStages
  /** The roster's own phase clock, from its "import applied" log line. */
  readonly phasesMs: Readonly<Record<string, number>>
  readonly changes: ChangeSummary
  /** Roster change events of the import seen on NATS, and the records they carried. */
  readonly events: { readonly messages: number; readonly records: number }
  /** Peak resident memory of each service during the scenario, in MiB. */
  readonly peakRssMiB: Readonly<Record<ServiceName, number>>
}

/** Throughput and latency of one route under a fixed load. */
export interface LoadFigures {
  readonly requestsPerSecond: number
  readonly p50Ms: number
  readonly p99Ms: number
  readonly requests: number
  /** Answers other than 2xx, and connection errors; a sound run has none. */
  readonly failures: number
}

/** A read route of the roster against the same query behind a bare server. */
export interface ReadResult {
  readonly route: ReadRoute
  readonly roster: LoadFigures
  readonly floor: LoadFigures
  /** The roster's requests per second over the floor's. */
  readonly throughputRatio: number
}

/** Everything measured at one district size. */
export interface SizeResult {
  readonly size: DistrictSize
  readonly bundles: { readonly firstDay: BundleFacts; readonly nextDay: BundleFacts }
  readonly floors: { readonly firstDay: CopyFloor; readonly nextDay: CopyFloor }
  readonly imports: readonly ImportResult[]
  readonly reads: readonly ReadResult[]
  /** Highest resident memory of each service over the whole size, in MiB. */
  readonly peakRssMiB: Readonly<Record<ServiceName, number>>
}

/** A target the benchmark reports on, at the largest size measured. */
export interface TargetCheck {
  readonly target: string
  readonly measured: string
  readonly met: boolean
}

/** A whole benchmark run. */
export interface BenchmarkResult {
  readonly startedAt: string
  readonly finishedAt: string
  readonly machine: Machine
  readonly settings: {
    readonly sizes: readonly DistrictSize[]
    readonly durationSeconds: number
    readonly connections: number
  }
  readonly sizes: readonly SizeResult[]
  readonly targets: readonly TargetCheck[]
}
