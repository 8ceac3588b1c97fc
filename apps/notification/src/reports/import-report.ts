import type {
  ChangeSummary,
  ImportDecision,
  ImportOutcomeStatus,
  ImportStatus,
  LogicalFileSummary,
  Problem,
  ThresholdReached,
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

/** An administrator's decision on a paused import, and when it was made. */
export interface ReportedDecision {
  readonly decision: ImportDecision
  readonly decidedAt: Date
}

/** Everything an import email says about an import: counts and ids, no roster data. */
export interface ImportReport {
  readonly importId: string
  readonly district: ReportedDistrict
  /** The outcome the email is about. */
  readonly outcome: ImportOutcomeStatus
  /**
   * The import's status as the email is written: the outcome's, unless a paused import
   * was decided or superseded before its emails went.
   */
  readonly status: ImportStatus
  readonly fileName: string
  readonly receivedAt: Date
  readonly reason: string | null
  readonly errorCount: number
  readonly warningCount: number
  /** What validation read per kind of record; empty before anything was read. */
  readonly logicalFiles: readonly LogicalFileSummary[]
  /** Created, updated and removed per kind of record; null before comparison. */
  readonly changes: ChangeSummary | null
  /** The thresholds the comparison reached; empty when none was. */
  readonly thresholdsReached: readonly ThresholdReached[]
  readonly decision: ReportedDecision | null
  /** The first problems found, in the order found. */
  readonly problems: readonly ReportedProblem[]
  /** How many problems are stored for the import, listed or not. */
  readonly problemCount: number
}
