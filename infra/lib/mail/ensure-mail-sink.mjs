import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { canConnect, isLoopback, waitUntil } from "../network.mjs"
import { PlatformError, report } from "../output.mjs"
import { dataDirectory } from "../paths.mjs"
import { startSupervisedProcess } from "../processes/supervised-process.mjs"
import { waitWhileRunning } from "../processes/while-running.mjs"

const sinkScript = fileURLToPath(new URL("../../mail-sink.mjs", import.meta.url))

/**
 * Makes sure something accepts mail at SMTP_URL: a server already listening there, or
 * on this machine the development mail sink, which saves every message to .data/mail.
 * Resolves with whether it started the sink.
 */
export async function ensureMailSink(smtpUrl, shutdown) {
  const { hostname: host, port } = new URL(smtpUrl)
  const portNumber = Number(port || 25)

  if (await canConnect(host, portNumber)) {
    report(`using the SMTP server already listening at ${host}:${portNumber}`)
    return { started: false }
  }
  if (!isLoopback(host)) {
    throw new PlatformError(`SMTP at ${host}:${portNumber} is not reachable (SMTP_URL)`)
  }

  await startMailSink(host, portNumber, shutdown)
  return { started: true }
}

async function startMailSink(host, port, shutdown) {
  const sink = startSupervisedProcess({
    name: "mail",
    command: process.execPath,
    args: [sinkScript],
    env: {
      ...process.env,
      SMTP_URL: `smtp://${host}:${port}`,
      MAIL_DIRECTORY: mailDirectory(),
    },
  })
  await shutdown.add("the mail sink", () => sink.stop(5_000))

  await waitWhileRunning(
    sink,
    waitUntil(() => canConnect(host, port), {
      timeoutMs: 15_000,
      description: "the mail sink",
    }),
  )
}

/** Where the development mail sink writes messages. */
export function mailDirectory() {
  return join(dataDirectory, "mail")
}
