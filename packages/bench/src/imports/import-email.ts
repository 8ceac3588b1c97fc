import type { SmtpSink } from "@homeroom/testing"
import { waitFor } from "@homeroom/testing"

/**
 * Waits for the "Import Results" email naming the import and returns when this process
 * saw it arrive, epoch milliseconds (polled every 10 ms).
 */
export async function waitForImportEmail(
  mailbox: SmtpSink,
  importId: string,
  timeoutMs: number,
): Promise<number> {
  await waitFor(
    () => mailbox.messages.some((message) => message.text.includes(importId)),
    { timeoutMs, intervalMs: 10, what: `the email of import ${importId}` },
  )
  return Date.now()
}
