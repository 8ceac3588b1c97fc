import type {
  ChangeSummary,
  FileSummary,
  ImportStatus,
  Problem,
} from "@homeroom/contracts"

/**
 * A problem as an email lists it: the offending value is left out, because it may be a
 * student's name or email address.
 */
export type ReportedProblem = Omit<Problem, "value">

/** The district an email goes to. */
export interface ReportedDistrict {
  readonly id: string
  readonly name: string
  /** Who receives the district's import emails. */
  readonly recipients: readonly string[]
}

/** Everything an import email says about an import: counts and ids, no roster data. */
export interface ImportReport {
  readonly importId: string
  readonly district: ReportedDistrict
  readonly status: ImportStatus
  readonly fileName: string
  readonly receivedAt: Date
  readonly reason: string | null
  readonly errorCount: number
  readonly warningCount: number
  readonly files: readonly FileSummary[]
  readonly changes: ChangeSummary | null
  /** The first problems found, in the order found. */
  readonly problems: readonly ReportedProblem[]
  /** How many problems are stored for the import, listed or not. */
  readonly problemCount: number
}
