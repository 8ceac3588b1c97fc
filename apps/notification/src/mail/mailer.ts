import { createTransport } from "nodemailer"
import type { Mailbox } from "../config/mailbox.js"
import type { RenderedEmail } from "../emails/email-document.js"

/** An email ready to hand to the SMTP server. */
export interface OutgoingEmail extends RenderedEmail {
  readonly to: readonly string[]
  /**
   * The Message-ID header, one per email and outcome of an import, such as
   * `<import-results.applied.<importId>@homeroom.local>`.
   */
  readonly messageId: string
}

/** Hands emails to the SMTP server. */
export interface Mailer {
  /** Sends an email; resolves with its Message-ID once the server has taken it. */
  readonly send: (email: OutgoingEmail) => Promise<string>
  readonly close: () => void
}

/** Options of {@link createMailer}. */
export interface MailerOptions {
  readonly smtpUrl: string
  readonly from: Mailbox
}

// nodemailer waits up to 2 minutes to connect and 10 minutes on a silent socket by
// default; an outcome would sit in hand that long before being retried.
const Timeouts = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 60_000,
} as const

/**
 * Opens an SMTP transport for the service's lifetime. A connection is made per email:
 * import emails are rare, and a pool would hold connections the server may drop.
 */
export function createMailer(options: MailerOptions): Mailer {
  const transport = createTransport({ url: options.smtpUrl, ...Timeouts })

  return {
    async send(email) {
      const info = await transport.sendMail({
        from: { name: options.from.name, address: options.from.address },
        to: [...email.to],
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: email.messageId,
      })
      return info.messageId
    },
    close: () => transport.close(),
  }
}
