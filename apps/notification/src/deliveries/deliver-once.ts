import type { Database, Logger } from "@homeroom/service-kit"
import { NotificationErrors } from "../errors.js"
import type { Mailer, OutgoingEmail } from "../mail/mailer.js"
import {
  claimDelivery,
  type Delivery,
  type DeliveryRow,
  describeDelivery,
  markSent,
  releaseClaim,
} from "./delivery-record.js"

/** What {@link deliverOnce} works with. */
export interface DeliveryDependencies {
  readonly database: Database
  readonly mailer: Mailer
}

/**
 * A claim this old whose email was never confirmed is taken as abandoned: its holder has
 * died. It is far beyond the mailer's timeouts, so a live holder is never mistaken.
 */
const AbandonedAfterMs = 10 * 60 * 1000

/**
 * Sends an email about an import's outcome unless it has been sent, is being sent, or
 * may have been sent.
 *
 * A claim whose email was never confirmed is never retried by another message: a copy
 * that died between the SMTP server's acceptance and the confirmation would otherwise
 * send the email twice, and the product promises once. Such an email may be lost; it is
 * logged as an error (HR_NOTIFY_DELIVERY_UNCERTAIN) so an operator can check the mail
 * server. An SMTP failure, by contrast, releases the claim so the retry sends.
 */
export async function deliverOnce(
  dependencies: DeliveryDependencies,
  delivery: Delivery,
  email: OutgoingEmail,
  log: Logger,
): Promise<void> {
  const claim = await claimDelivery(dependencies.database, delivery)
  if (claim === null) throw NotificationErrors.CLAIM_CONTENDED(describeDelivery(delivery))
  if (!claim.won) {
    reportExistingDelivery(claim.row, delivery, log)
    return
  }

  const messageId = await sendOrRelease(dependencies, delivery, email)
  await markSent(dependencies.database, delivery, messageId)
  log.info({ messageId, recipientCount: email.to.length }, "email sent")
}

async function sendOrRelease(
  dependencies: DeliveryDependencies,
  delivery: Delivery,
  email: OutgoingEmail,
): Promise<string> {
  try {
    return await dependencies.mailer.send(email)
  } catch (error) {
    await releaseClaim(dependencies.database, delivery)
    throw NotificationErrors.SEND_FAILED(describeFailure(error))
  }
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const code = "code" in error && typeof error.code === "string" ? `${error.code} ` : ""
  return `${code}${error.message}`
}

function reportExistingDelivery(row: DeliveryRow, delivery: Delivery, log: Logger) {
  const fields = { claimedBy: row.claimedBy, claimedAt: row.claimedAt.toISOString() }
  if (row.status === "sent") {
    log.info({ ...fields, messageId: row.messageId }, "email already sent")
  } else if (row.status === "skipped") {
    log.info(fields, "email already skipped")
  } else if (isAbandoned(row, delivery)) {
    const error = NotificationErrors.DELIVERY_UNCERTAIN(
      describeDelivery(delivery),
      fields.claimedAt,
    )
    log.error({ ...fields, err: error }, "email not sent again")
  } else {
    log.info(fields, "email claimed by another outcome message")
  }
}

/** This message's earlier attempt claimed it and died, or the claim is long abandoned. */
function isAbandoned(row: DeliveryRow, delivery: Delivery): boolean {
  const age = Date.now() - row.claimedAt.getTime()
  return row.claimedBy === delivery.claimedBy || age > AbandonedAfterMs
}
