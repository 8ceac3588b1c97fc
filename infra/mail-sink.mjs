// A development SMTP server: every message sent to SMTP_URL is saved as an .eml file in
// MAIL_DIRECTORY (default .data/mail) and announced in one line. `npm start` runs it.
//   node infra/mail-sink.mjs
import { join, relative } from "node:path"
import { createMailSink } from "./lib/mail/mail-sink.mjs"
import { dataDirectory, repositoryRoot } from "./lib/paths.mjs"

const { hostname: host, port } = new URL(process.env.SMTP_URL || "smtp://127.0.0.1:1025")
const directory = process.env.MAIL_DIRECTORY || join(dataDirectory, "mail")

const sink = createMailSink({
  directory,
  onSaved: ({ path, bytes, recipients }) => {
    console.log(
      `saved ${relative(repositoryRoot, path)} (${bytes} bytes, ${recipients} rcpt)`,
    )
  },
})

sink.on("error", (error) => console.error(`mail sink error: ${error.message}`))
sink.listen(Number(port || 1025), host, () => {
  console.log(`accepting mail on smtp://${host}:${port || 1025}, saving to ${directory}`)
})

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => sink.close(() => process.exit(0)))
}
