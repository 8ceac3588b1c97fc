import type { ImportOutcome } from "@homeroom/contracts"
import type { Database, Logger } from "@homeroom/service-kit"
import type { Mailbox } from "../config/mailbox.js"
import { deliverOnce } from "../deliveries/deliver-once.js"
import { type Delivery, recordSkipped } from "../deliveries/delivery-record.js"
import { importLinks } from "../emails/import-links.js"
import { EmailsByOutcome, type EmailTemplate } from "../emails/templates.js"
import { NotificationErrors } from "../errors.js"
import type { Mailer } from "../mail/mailer.js"
import { emailMessageId } from "../mail/message-id.js"
import type { ImportReport } from "../reports/import-report.js"
import { readImportReport } from "../reports/read-import-report.js"

/** What the notification service works with. */
export interface NotificationDependencies {
  readonly database: Database
  readonly mailer: Mailer
  readonly logger: Logger
  readonly from: Mailbox
  /** The REST API's public address, for links in emails. */
  readonly publicBaseUrl: string
}

/**
 * Emails a district's recipients about an import outcome, each email once per outcome.
 * Problems no retry can solve are logged and the outcome is let go; SMTP and database
 * failures throw, so the outcome is tried again later, and the emails already sent are
 * not sent again.
 */
export async function notifyOutcome(
  dependencies: NotificationDependencies,
  message: ImportOutcome,
): Promise<void> {
  const log = outcomeLogger(dependencies.logger, message)
  const { importId, status } = message.data
  const report = await readImportReport(dependencies.database, importId, status)
  const refusal = refuseOutcome(message, report)
  if (refusal || !report) {
    log.error({ err: refusal }, "outcome not emailed")
    return
  }

  for (const template of EmailsByOutcome[status]) {
    await emailReport(dependencies, template, report, message, log)
  }
}

async function emailReport(
  dependencies: NotificationDependencies,
  template: EmailTemplate,
  report: ImportReport,
  message: ImportOutcome,
  outcomeLog: Logger,
) {
  const log = outcomeLog.child({ email: template.kind })
  const delivery: Delivery = {
    importId: report.importId,
    kind: template.kind,
    outcome: report.outcome,
    occurrence: message.data.occurrence ?? 1,
    claimedBy: message.id,
  }
  if (report.district.recipients.length === 0) {
    await recordSkipped(dependencies.database, delivery)
    log.info({ code: NotificationErrors.NO_RECIPIENTS.code }, "email skipped")
    return
  }

  const email = template.render(
    report,
    importLinks(dependencies.publicBaseUrl, report.importId),
  )
  const messageId = emailMessageId(delivery, dependencies.from)
  const outgoing = { ...email, to: report.district.recipients, messageId }
  await deliverOnce(dependencies, delivery, outgoing, log)
}

/** Logs that an outcome's emails were given up on; the import keeps its status. */
export async function reportNotSent(
  dependencies: NotificationDependencies,
  message: ImportOutcome,
  attempts: number,
): Promise<void> {
  const { importId, status } = message.data
  const error = NotificationErrors.NOT_SENT(importId, status, attempts)
  outcomeLogger(dependencies.logger, message).error({ err: error }, "email not sent")
}

function outcomeLogger(logger: Logger, message: ImportOutcome): Logger {
  return logger.child({
    importId: message.data.importId,
    districtId: message.districtId,
    outcome: message.data.status,
    outcomeId: message.id,
  })
}

function refuseOutcome(message: ImportOutcome, report: ImportReport | null) {
  if (!report) return NotificationErrors.IMPORT_NOT_FOUND(message.data.importId)
  if (report.district.id !== message.districtId) {
    return NotificationErrors.DISTRICT_MISMATCH(report.importId, message.districtId)
  }
  return null
}
