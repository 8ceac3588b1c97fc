import { createHash } from "node:crypto"
import { readFile, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { Streams, Subjects } from "@homeroom/contracts"
import { generateBundle } from "@homeroom/generator"
import { importProblems, imports, importTransitions } from "@homeroom/records"
import {
  captureLogs,
  type LogCapture,
  prepareSftpClient,
  type SftpClient,
  type SftpSignIn,
  waitFor,
} from "@homeroom/testing"
import { asc, eq } from "drizzle-orm"
import { afterAll, beforeAll, expect, test } from "vitest"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"
import { issueSftpPassword } from "./support/sftp-credentials.js"

const cleanups = cleanupList()
let harness: IngestHarness
let client: SftpClient
let signIn: SftpSignIn
let logs: LogCapture

afterAll(cleanups.run)
beforeAll(async () => {
  logs = captureLogs()
  harness = await startIngest(cleanups.add, { logDestination: logs.destination })
  client = await prepareSftpClient(cleanups.add)
  signIn = await issueSftpPassword(harness, harness.district)
})

function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex")
}

async function importsOf(districtId: string) {
  return harness.service.context.database
    .select()
    .from(imports)
    .where(eq(imports.districtId, districtId))
    .orderBy(asc(imports.receivedAt))
}

async function importsNamed(fileName: string) {
  const rows = await importsOf(harness.district.districtId)
  return rows.filter((row) => row.fileName === fileName)
}

async function timelineOf(importId: string) {
  return harness.service.context.database
    .select({ status: importTransitions.status, reason: importTransitions.reason })
    .from(importTransitions)
    .where(eq(importTransitions.importId, importId))
    .orderBy(asc(importTransitions.id))
}

async function lastMessageOn(subject: string) {
  const stored = await harness.streams.streams.getMessage(Streams.imports.name, {
    last_by_subj: subject,
  })
  return { msgId: stored?.header?.get("Nats-Msg-Id"), body: stored?.json<unknown>() }
}

test("a bundle put into /upload becomes an import from sftp, announced on imports.received", async () => {
  const bundle = await generateBundle(join(client.directory, "roster.zip"), {
    size: "tiny",
  })
  const bytes = await readFile(bundle.path)

  const run = await client.run(signIn, [`put ${bundle.path} /upload/nightly-roster.zip`])

  expect(run).toEqual({ exitCode: 0, stdout: expect.any(String), stderr: "" })
  const [row] = await importsNamed("nightly-roster.zip")
  expect(row).toEqual({
    id: expect.any(String),
    districtId: harness.district.districtId,
    status: "received",
    source: "sftp",
    fileName: "nightly-roster.zip",
    sizeBytes: bytes.length,
    sha256: sha256Of(bytes),
    objectName: `${row?.id}/bundle.zip`,
    dryRun: false,
    files: null,
    logicalFiles: null,
    errorCount: 0,
    warningCount: 0,
    changes: null,
    thresholdsReached: null,
    decision: null,
    decidedBy: null,
    decidedAt: null,
    reason: null,
    receivedAt: expect.any(Date),
    updatedAt: row?.receivedAt,
  })
  const id = row?.id ?? ""
  const stored = await harness.service.context.importFiles.getBlob(`${id}/bundle.zip`)
  expect(sha256Of(stored ?? new Uint8Array())).toBe(bundle.sha256)
  expect(await lastMessageOn(Subjects.importReceived)).toEqual({
    msgId: `${id}:received`,
    body: {
      type: "import.received",
      version: 1,
      id: `${id}:received`,
      occurredAt: expect.any(String),
      districtId: harness.district.districtId,
      data: {
        importId: id,
        source: "sftp",
        fileName: "nightly-roster.zip",
        bundle: {
          objectName: `${id}/bundle.zip`,
          sizeBytes: bytes.length,
          sha256: bundle.sha256,
        },
        dryRun: false,
      },
    },
  })
})

test("a file put under a relative name lands in /upload, the folder a session starts in", async () => {
  const bundle = await generateBundle(join(client.directory, "relative.zip"), { seed: 2 })

  const run = await client.run(signIn, [
    "pwd",
    `put ${bundle.path} relative-roster.zip`,
    "ls -l",
  ])

  expect(run.exitCode).toBe(0)
  expect(run.stdout).toContain("Remote working directory: /upload")
  expect(run.stdout).toMatch(/-rw-r-----\s+1 sftp\s+sftp\s+\d+ .* relative-roster\.zip/)
  expect(await importsNamed("relative-roster.zip")).toHaveLength(1)
})

test("a file written under a temporary name and renamed becomes exactly one import", async () => {
  const bundle = await generateBundle(join(client.directory, "renamed.zip"), { seed: 3 })

  const run = await client.run(signIn, [
    `put ${bundle.path} a.tmp`,
    "ls -1",
    "rename a.tmp roster.zip",
    "ls -1",
  ])

  expect(run.stdout.split("\n")).toEqual([
    `sftp> put ${bundle.path} a.tmp`,
    "sftp> ls -1",
    "a.tmp",
    "sftp> rename a.tmp roster.zip",
    "sftp> ls -1",
    "roster.zip",
    "",
  ])
  const rows = [...(await importsNamed("a.tmp")), ...(await importsNamed("roster.zip"))]
  expect(rows.map((row) => ({ fileName: row.fileName, sha256: row.sha256 }))).toEqual([
    { fileName: "roster.zip", sha256: bundle.sha256 },
  ])
})

test("a temporary file never renamed is dropped with the connection, never imported", async () => {
  const bundle = await generateBundle(join(client.directory, "left.zip"), { seed: 4 })
  const before = (await importsOf(harness.district.districtId)).length

  const first = await client.run(signIn, [`put ${bundle.path} left-behind.zip.filepart`])
  const second = await client.run(signIn, ["ls -1 /upload"])

  expect(first.exitCode).toBe(0)
  expect(second).toEqual({ exitCode: 0, stdout: "sftp> ls -1 /upload\n", stderr: "" })
  expect(await importsOf(harness.district.districtId)).toHaveLength(before)
  const dropped = await waitFor(
    () => logs.lines.find((line) => line["msg"] === "sftp upload never renamed"),
    { what: "the dropped file to be logged" },
  )
  expect(dropped).toMatchObject({
    districtId: harness.district.districtId,
    fileName: "left-behind.zip.filepart",
    sizeBytes: bundle.zipBytes,
  })
})

test("a file that is not a zip is recorded as rejected with the reason, and announced", async () => {
  const csv = join(client.directory, "roster.csv")
  await writeFile(csv, "sourcedId,status\norg-1,active\n")

  const run = await client.run(signIn, [`put ${csv} /upload/roster.csv`])

  expect(run.exitCode).toBe(0)
  const [row] = await importsNamed("roster.csv")
  const reason =
    "The file upload/roster.csv is not a zip archive; the SIS must send the OneRoster " +
    "bundle as a zip."
  expect(row).toMatchObject({ status: "rejected", source: "sftp", reason, errorCount: 1 })
  const id = row?.id ?? ""
  expect(await timelineOf(id)).toEqual([
    { status: "received", reason: null },
    { status: "rejected", reason },
  ])
  const problems = await harness.service.context.database
    .select({ code: importProblems.code, message: importProblems.message })
    .from(importProblems)
    .where(eq(importProblems.importId, id))
  expect(problems).toEqual([{ code: "HR_INGEST_SFTP_FILE_NOT_A_ZIP", message: reason }])
  expect(await lastMessageOn("imports.outcome.rejected")).toEqual({
    msgId: `${id}:outcome:rejected`,
    body: {
      type: "import.outcome",
      version: 1,
      id: `${id}:outcome:rejected`,
      occurredAt: expect.any(String),
      districtId: harness.district.districtId,
      data: { importId: id, status: "rejected" },
    },
  })
})

test("an empty file is recorded as rejected because it is empty", async () => {
  const empty = join(client.directory, "empty.zip")
  await writeFile(empty, "")

  const run = await client.run(signIn, [`put ${empty} /upload/empty.zip`])

  expect(run.exitCode).toBe(0)
  const rows = await importsNamed("empty.zip")
  expect(
    rows.map(({ status, sizeBytes, reason }) => ({ status, sizeBytes, reason })),
  ).toEqual([
    {
      status: "rejected",
      sizeBytes: 0,
      reason:
        "The file upload/empty.zip is empty; the SIS must send the OneRoster bundle as a zip.",
    },
  ])
})

test("the rejected file never reaches the pipeline: no imports.received is published for it", async () => {
  const received = await harness.streams.streams.info(Streams.imports.name, {
    subjects_filter: Subjects.importReceived,
  })
  const sftpZips = (await importsOf(harness.district.districtId)).filter(
    (row) => row.status === "received",
  )

  expect(received.state.subjects?.[Subjects.importReceived]).toBe(sftpZips.length)
})

test("the SFTP client is told the upload failed when the file is larger than allowed", async () => {
  const large = join(client.directory, "large.zip")
  await writeFile(large, Buffer.alloc(65_536 + 1))
  const small = await startIngestLimited()

  const run = await client.run(small.signIn, [`put ${large} /upload/large.zip`])

  // OpenSSH prints the status code's name, not the server's message, and reports the
  // refused write itself only when its answer arrives before the client closes.
  expect(run).toEqual({
    exitCode: 1,
    stdout: expect.any(String),
    stderr: expect.stringMatching(/close remote: Failure\r?\n$/),
  })
  expect(await small.importCount()).toBe(0)
})

async function startIngestLimited() {
  const limited = await startIngest(cleanups.add, {
    variables: { MAX_UPLOAD_BYTES: "65536" },
  })
  return {
    signIn: await issueSftpPassword(limited, limited.district),
    importCount: async () =>
      (await limited.service.context.database.select().from(imports)).length,
  }
}
