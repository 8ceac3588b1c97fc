import { randomUUID } from "node:crypto"
import { createWriteStream } from "node:fs"
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import { Transform } from "node:stream"
import { pipeline } from "node:stream/promises"
import { loadSmtpServer } from "./smtp-server-module.mjs"

/**
 * An SMTP server for development that accepts every message and writes it, exactly as
 * received, to an .eml file in the directory. Authentication is optional and any
 * credentials pass, so a client works with or without them. STARTTLS is off because
 * smtp-server's bundled certificate has expired and clients would reject it.
 */
export function createMailSink({ directory, onSaved }) {
  const SMTPServer = loadSmtpServer()

  return new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData(stream, session, callback) {
      saveMessage(stream, session, directory)
        .then((saved) => {
          onSaved(saved)
          callback()
        })
        .catch(callback)
    },
  })
}

async function saveMessage(stream, session, directory) {
  await mkdir(directory, { recursive: true })

  const fileName = `${new Date().toISOString().replaceAll(":", "-")}-${randomUUID()}.eml`
  const path = join(directory, fileName)
  const counter = countBytes()
  await pipeline(stream, counter, createWriteStream(path))

  return { path, bytes: counter.bytes, recipients: session.envelope.rcptTo.length }
}

function countBytes() {
  const counter = new Transform({
    transform(chunk, _encoding, callback) {
      counter.bytes += chunk.length
      callback(null, chunk)
    },
  })
  counter.bytes = 0

  return counter
}
