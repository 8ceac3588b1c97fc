export type { Mailbox } from "./config/mailbox.js"
export { NotificationVariables } from "./config/variables.js"
export {
  describeCheckYourData,
  renderCheckYourData,
} from "./emails/check-your-data.js"
export type { EmailDocument, RenderedEmail } from "./emails/email-document.js"
export { type ImportLinks, importLinks } from "./emails/import-links.js"
export { describeImportResults, renderImportResults } from "./emails/import-results.js"
export { NotificationErrors } from "./errors.js"
export type { ImportReport } from "./reports/import-report.js"
export { readImportReport } from "./reports/read-import-report.js"
export { notificationService } from "./service.js"
