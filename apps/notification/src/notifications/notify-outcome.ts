import type { ImportOutcome } from "@homeroom/contracts"
import type { Database, Logger } from "@homeroom/service-kit"
import type { Mailbox } from "../config/mailbox.js"
import { deliverOnce } from "../deliveries/deliver-once.js"
import { type Delivery, recordSkipped } from "../deliveries/delivery-record.js"
import type { EmailTemplate } from "../emails/templates.js"
import { TemplatesByOutcome } from "../emails/templates.js"
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
 * Emails a district's recipients about an import outcome, once. Problems no retry can
 * solve are logged and the outcome is let go; SMTP and database failures throw, so the
 * outcome is tried again later.
 */
export async function notifyOutcome(
  dependencies: NotificationDependencies,
  message: ImportOutcome,
): Promise<void> {
  const log = outcomeLogger(dependencies.logger, message)
  const template = TemplatesByOutcome[message.data.status]
  if (!template) {
    log.info(
      { code: NotificationErrors.TEMPLATE_MISSING.code },
      "no email for this outcome",
    )
    return
  }

  const report = await readImportReport(dependencies.database, message.data.importId)
  const refusal = refuseOutcome(message, report)
  if (refusal || !report) {
    log.error({ err: refusal }, "outcome not emailed")
    return
  }

  await emailReport(dependencies, template, report, message, log)
}

async function emailReport(
  dependencies: NotificationDependencies,
  template: EmailTemplate,
  report: ImportReport,
  message: ImportOutcome,
  log: Logger,
) {
  const delivery: Delivery = {
    importId: report.importId,
    kind: template.kind,
    claimedBy: message.id,
  }
  if (report.district.recipients.length === 0) {
    await recordSkipped(dependencies.database, delivery)
    log.info({ code: NotificationErrors.NO_RECIPIENTS.code }, "email skipped")
    return
  }

  const email = template.render(report, {
    importUrl: importUrl(dependencies.publicBaseUrl, report.importId),
  })
  const messageId = emailMessageId(template.kind, report.importId, dependencies.from)
  const outgoing = { ...email, to: report.district.recipients, messageId }
  await deliverOnce(dependencies, delivery, outgoing, log)
}

/** Logs that an outcome's email was given up on; the import keeps its final status. */
export async function reportNotSent(
  dependencies: NotificationDependencies,
  message: ImportOutcome,
  attempts: number,
): Promise<void> {
  const error = NotificationErrors.NOT_SENT(message.data.importId, attempts)
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

/** The import's address in the REST API; the base may carry a path prefix. */
export function importUrl(publicBaseUrl: string, importId: string): string {
  return `${publicBaseUrl.replace(/\/+$/, "")}/v1/imports/${encodeURIComponent(importId)}`
}
