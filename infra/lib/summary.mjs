import { relative } from "node:path"
import { mailDirectory } from "./mail/ensure-mail-sink.mjs"
import { report } from "./output.mjs"
import { repositoryRoot } from "./paths.mjs"
import { describeDatabaseUrl } from "./postgres/database-url.mjs"
import { services } from "./services/catalogue.mjs"
import { baseUrl } from "./services/run-services.mjs"

/** Prints where everything answers, once the whole platform is ready. */
export function printSummary({ mailSinkStarted }) {
  const rows = [
    ["gateway", baseUrl("gateway"), "the front end's one base URL"],
    ...services.map((service) => [service.name, baseUrl(service.name), "/health/ready"]),
    ["postgres", describeDatabaseUrl(process.env.DATABASE_URL), ""],
    ["nats", process.env.NATS_URL, "JetStream"],
    ["mail", process.env.SMTP_URL, mailNote(mailSinkStarted)],
  ]

  report("Homeroom is running. Press Ctrl-C to stop everything started here.")
  for (const [name, url, note] of rows)
    report(`  ${name.padEnd(13)} ${url.padEnd(48)} ${note}`)
}

function mailNote(mailSinkStarted) {
  if (!mailSinkStarted) return "an SMTP server that was already running"

  return `messages saved in ${relative(repositoryRoot, mailDirectory())}/`
}
