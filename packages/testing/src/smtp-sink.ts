import { type ParsedMail, simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"
import { waitFor } from "./wait-for.js"

/** A message the sink received, parsed. */
export interface ReceivedMail {
  readonly from: string
  readonly to: string[]
  readonly subject: string
  readonly text: string
  readonly html: string
  readonly headers: Map<string, unknown>
}

/** A real SMTP listener on loopback that keeps what it receives. */
export interface SmtpSink {
  readonly url: string
  readonly messages: ReceivedMail[]
  /** Resolves once at least `count` messages have arrived. */
  readonly waitForMessages: (count: number, timeoutMs?: number) => Promise<ReceivedMail[]>
  readonly close: () => Promise<void>
}

/**
 * Starts an SMTP server on a free loopback port. STARTTLS is off because smtp-server's
 * bundled certificate has expired, and no authentication is asked for.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = []
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => messages.push(toReceivedMail(parsed, session.envelope.rcptTo)))
        .then(() => callback(), callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const address = server.server.address()
  if (address === null || typeof address === "string") throw new Error("no smtp port")

  return {
    url: `smtp://127.0.0.1:${address.port}`,
    messages,
    async waitForMessages(count, timeoutMs = 20_000) {
      await waitFor(() => messages.length >= count, {
        timeoutMs,
        what: `${count} emails`,
      })
      return messages
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function toReceivedMail(
  parsed: ParsedMail,
  recipients: { address: string }[],
): ReceivedMail {
  return {
    from: parsed.from?.text ?? "",
    to: recipients.map((recipient) => recipient.address),
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : "",
    headers: parsed.headers,
  }
}
