import type { Mailbox } from "../config/mailbox.js"
import type { Delivery } from "../deliveries/delivery-record.js"

/**
 * The Message-ID of an email about one outcome of an import, such as
 * `<check-your-data.paused.<importId>@homeroom.local>` (`paused-2` for a second pause).
 * It is the same on every attempt, so if an email ever does leave twice (the SMTP
 * server took it but the answer was lost), mail stores that de-duplicate on Message-ID
 * show it once.
 */
export function emailMessageId(
  delivery: Pick<Delivery, "kind" | "outcome" | "occurrence" | "importId">,
  from: Mailbox,
) {
  const domain = from.address.slice(from.address.lastIndexOf("@") + 1)
  const outcome =
    delivery.occurrence > 1
      ? `${delivery.outcome}-${delivery.occurrence}`
      : delivery.outcome
  return `<${delivery.kind}.${outcome}.${delivery.importId}@${domain}>`
}
