import type {
  ChangeSummary,
  FileSummary,
  ImportSource,
  ImportStatus,
} from "@homeroom/contracts"

/** One entry of an import's timeline. */
export interface TimelineEntry {
  readonly status: ImportStatus
  readonly at: string
  readonly reason: string | null
}

/** An import as the REST API shows it. */
export interface ImportView {
  readonly id: string
  readonly status: ImportStatus
  readonly source: ImportSource
  readonly fileName: string
  readonly sizeBytes: number
  readonly sha256: string
  readonly receivedAt: string
  readonly updatedAt: string
  readonly reason: string | null
  readonly errorCount: number
  readonly warningCount: number
  readonly files: FileSummary[]
  readonly changes: ChangeSummary | null
  readonly timeline: TimelineEntry[]
}

/** An import in a list: the timeline left out. */
export type ImportListItem = Omit<ImportView, "timeline">
