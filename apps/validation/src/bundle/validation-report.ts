import type { FileSummary, LogicalFileSummary } from "@homeroom/contracts"

/** The outcome of validating one bundle. */
export interface ValidationReport {
  /** `rejected` when a fatal problem stopped validation; nothing may be applied then. */
  readonly outcome: "validated" | "rejected"
  /** What was read from each file, in the order files were read. */
  readonly files: FileSummary[]
  /**
   * The same counts by kind of record, enrollments split into teacher and student
   * enrollments, for error percentages as districts read them. Kinds whose file was
   * not read are left out. Always set by `validateBundle`.
   */
  readonly logicalFiles?: LogicalFileSummary[]
  /** Errors found, fatal ones included, whether or not they were listed. */
  readonly errorCount: number
  /** Warnings found, whether or not they were listed. */
  readonly warningCount: number
  /** For a rejected bundle: the code and message of the first fatal problem. */
  readonly rejection?: { readonly code: string; readonly message: string }
}
