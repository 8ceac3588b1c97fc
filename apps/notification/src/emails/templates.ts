import type { ImportOutcomeStatus } from "@homeroom/contracts"
import type { NotificationKind } from "@homeroom/records"
import type { ImportReport } from "../reports/import-report.js"
import type { RenderedEmail } from "./email-document.js"
import { type EmailLinks, renderImportResults } from "./import-results.js"

/** An email the service knows how to write, and the delivery it is recorded under. */
export interface EmailTemplate {
  readonly kind: NotificationKind
  readonly render: (report: ImportReport, links: EmailLinks) => RenderedEmail
}

const ImportResults: EmailTemplate = {
  kind: "import-results",
  render: renderImportResults,
}

/**
 * The email each outcome sends. A paused import will send "Check Your Data" (its own
 * `check-your-data` delivery) once thresholds exist; until then it sends nothing. Each
 * import ends once, so "Import Results" is recorded once per import.
 */
export const TemplatesByOutcome = {
  applied: ImportResults,
  rejected: ImportResults,
  failed: ImportResults,
  cancelled: ImportResults,
  superseded: ImportResults,
  paused: null,
} as const satisfies Record<ImportOutcomeStatus, EmailTemplate | null>
