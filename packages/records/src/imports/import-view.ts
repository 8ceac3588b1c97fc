import type {
  ChangeSummary,
  FileSummary,
  ImportDecision,
  ImportSource,
  ImportStatus,
  LogicalFileSummary,
  ThresholdReached,
} from "@homeroom/contracts"

/** One entry of an import's timeline. */
export interface TimelineEntry {
  readonly status: ImportStatus
  readonly at: string
  readonly reason: string | null
}

/** An administrator's decision on a paused import. */
export interface DecisionView {
  readonly decision: ImportDecision
  /** The id of the token that decided. */
  readonly decidedBy: string
  readonly decidedAt: string
}

/** An import as the REST API shows it. */
export interface ImportView {
  readonly id: string
  readonly status: ImportStatus
  readonly source: ImportSource
  readonly dryRun: boolean
  readonly fileName: string
  readonly sizeBytes: number
  readonly sha256: string
  readonly receivedAt: string
  readonly updatedAt: string
  readonly reason: string | null
  readonly errorCount: number
  readonly warningCount: number
  readonly files: FileSummary[]
  readonly logicalFiles: LogicalFileSummary[]
  readonly changes: ChangeSummary | null
  /** The thresholds the comparison reached; null until the import is compared. */
  readonly thresholdsReached: ThresholdReached[] | null
  readonly decision: DecisionView | null
  readonly timeline: TimelineEntry[]
}

/** An import in a list: the timeline left out. */
export type ImportListItem = Omit<ImportView, "timeline">
