import { reserveTcpRelay } from "@homeroom/testing"

/** A port reserved for an SMTP server that is down until `open` is called. */
export interface SmtpRelay {
  readonly url: string
  /** Starts forwarding connections to the real SMTP server. */
  readonly open: () => Promise<void>
  readonly close: () => Promise<void>
}

/**
 * Stands between the service and the SMTP sink: connections are refused until `open`,
 * then forwarded byte for byte, so a test can take the mail server down and bring it up.
 */
export async function reserveSmtpRelay(targetUrl: string): Promise<SmtpRelay> {
  const target = new URL(targetUrl)
  const relay = await reserveTcpRelay(target.hostname, Number(target.port))
  return { url: `smtp://127.0.0.1:${relay.port}`, open: relay.open, close: relay.close }
}
