import type { ImportOutcomeStatus } from "@homeroom/contracts"
import type { NotificationKind } from "@homeroom/records"
import type { ImportReport } from "../reports/import-report.js"
import { renderCheckYourData } from "./check-your-data.js"
import type { RenderedEmail } from "./email-document.js"
import type { ImportLinks } from "./import-links.js"
import { renderImportResults } from "./import-results.js"

/** An email the service knows how to write, and the delivery it is recorded under. */
export interface EmailTemplate {
  readonly kind: NotificationKind
  readonly render: (report: ImportReport, links: ImportLinks) => RenderedEmail
}

const ImportResults: EmailTemplate = {
  kind: "import-results",
  render: renderImportResults,
}

const CheckYourData: EmailTemplate = {
  kind: "check-your-data",
  render: renderCheckYourData,
}

/**
 * The emails each outcome sends, in order. Every outcome has its Import Results; a
 * paused import also asks for a decision with Check Your Data, sent last so that it
 * tops the recipients' inboxes.
 */
export const EmailsByOutcome = {
  applied: [ImportResults],
  rejected: [ImportResults],
  failed: [ImportResults],
  paused: [ImportResults, CheckYourData],
  cancelled: [ImportResults],
  superseded: [ImportResults],
} as const satisfies Record<ImportOutcomeStatus, readonly EmailTemplate[]>
