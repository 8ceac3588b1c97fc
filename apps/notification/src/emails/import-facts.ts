import type { ImportDecision } from "@homeroom/contracts"
import type { ImportReport, ReportedDecision } from "../reports/import-report.js"
import type { EmailFact } from "./email-document.js"
import { formatCount, formatMoment } from "./numbers.js"

const DecisionWords = {
  approve: "approved",
  approveWithoutRemovals: "approved without removals",
  cancel: "cancelled",
} as const satisfies Record<ImportDecision, string>

/** The facts every import email opens with: which import, whose, and how it ended. */
export function describeImportFacts(report: ImportReport): EmailFact[] {
  const facts: EmailFact[] = [
    { label: "Import", value: report.importId },
    { label: "District", value: report.district.name },
    { label: "File", value: report.fileName },
    { label: "Received", value: formatMoment(report.receivedAt) },
    { label: "Outcome", value: report.outcome },
  ]
  if (report.status !== report.outcome) {
    facts.push({ label: "Status now", value: report.status })
  }
  if (report.reason) facts.push({ label: "Reason", value: report.reason })
  if (report.decision) {
    facts.push({ label: "Decision", value: describeDecision(report.decision) })
  }

  facts.push(
    { label: "Errors", value: formatCount(report.errorCount) },
    { label: "Warnings", value: formatCount(report.warningCount) },
  )
  return facts
}

function describeDecision(decision: ReportedDecision): string {
  return `${DecisionWords[decision.decision]} at ${formatMoment(decision.decidedAt)}`
}
