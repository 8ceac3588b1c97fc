export type { Mailbox } from "./config/mailbox.js"
export { NotificationVariables } from "./config/variables.js"
export type { EmailDocument, RenderedEmail } from "./emails/email-document.js"
export {
  describeImportResults,
  type EmailLinks,
  renderImportResults,
} from "./emails/import-results.js"
export { NotificationErrors } from "./errors.js"
export type { ImportReport } from "./reports/import-report.js"
export { readImportReport } from "./reports/read-import-report.js"
export { notificationService } from "./service.js"
