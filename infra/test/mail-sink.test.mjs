import assert from "node:assert/strict"
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { test } from "node:test"
import { createMailSink } from "../lib/mail/mail-sink.mjs"
import { repositoryRoot } from "../lib/paths.mjs"

// The notification service's own mail client, so the sink is tested with what will use it.
const require = createRequire(join(repositoryRoot, "apps/notification/package.json"))
const nodemailer = require("nodemailer")

test("the mail sink saves each message as an .eml file and reports it", async (context) => {
  const directory = await mkdtemp(join(tmpdir(), "homeroom-mail-"))
  context.after(() => rm(directory, { recursive: true, force: true }))
  const saved = []
  const sink = createMailSink({ directory, onSaved: (message) => saved.push(message) })
  context.after(() => new Promise((resolve) => sink.close(resolve)))
  await new Promise((resolve) => sink.listen(0, "127.0.0.1", resolve))

  const transport = nodemailer.createTransport({
    url: `smtp://127.0.0.1:${sink.server.address().port}`,
  })
  await transport.sendMail({
    from: "homeroom@district.example",
    to: ["admin-one@district.example", "admin-two@district.example"],
    subject: "Import Results",
    text: "Every file was read.",
  })

  const files = await readdir(directory)
  const content = await readFile(join(directory, files[0]), "utf8")
  assert.deepEqual(
    {
      files: files.length,
      saved: saved.map(({ bytes, recipients }) => ({ bytes, recipients })),
      subject: content.match(/^Subject: (.*)$/m)?.[1],
      body: content.trim().endsWith("Every file was read."),
    },
    {
      files: 1,
      saved: [{ bytes: Buffer.byteLength(content), recipients: 2 }],
      subject: "Import Results",
      body: true,
    },
  )
})

test("the mail sink accepts clients that log in with any credentials", async (context) => {
  const directory = await mkdtemp(join(tmpdir(), "homeroom-mail-"))
  context.after(() => rm(directory, { recursive: true, force: true }))
  const sink = createMailSink({ directory, onSaved: () => {} })
  context.after(() => new Promise((resolve) => sink.close(resolve)))
  await new Promise((resolve) => sink.listen(0, "127.0.0.1", resolve))

  const port = sink.server.address().port
  const transport = nodemailer.createTransport({
    url: `smtp://someone:secret@127.0.0.1:${port}`,
  })
  const info = await transport.sendMail({
    from: "homeroom@district.example",
    to: "admin@district.example",
    subject: "Check Your Data",
    text: "Thresholds were reached.",
  })

  assert.deepEqual(
    { accepted: info.accepted, files: (await readdir(directory)).length },
    { accepted: ["admin@district.example"], files: 1 },
  )
})
