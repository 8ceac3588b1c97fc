import type { ImportOutcomeStatus } from "@homeroom/contracts"
import type { NotificationKind } from "@homeroom/records"
import type { Mailbox } from "../config/mailbox.js"

/**
 * The Message-ID of an email about one outcome of an import, such as
 * `<check-your-data.paused.<importId>@homeroom.local>`. It is the same on every attempt,
 * so if an email ever does leave twice (the SMTP server took it but the answer was
 * lost), mail stores that de-duplicate on Message-ID show it once.
 */
export function emailMessageId(
  kind: NotificationKind,
  outcome: ImportOutcomeStatus,
  importId: string,
  from: Mailbox,
) {
  const domain = from.address.slice(from.address.lastIndexOf("@") + 1)
  return `<${kind}.${outcome}.${importId}@${domain}>`
}
