import { readdir, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { imports } from "@homeroom/records"
import { prepareSftpClient, type SftpClient, type SftpSignIn } from "@homeroom/testing"
import { afterAll, beforeAll, expect, test } from "vitest"
import { type HeldConnection, holdConnection } from "./support/held-connection.js"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"
import { issueSftpPassword } from "./support/sftp-credentials.js"

const cleanups = cleanupList()
let harness: IngestHarness
let client: SftpClient
let districtA: SftpSignIn
let districtB: HeldConnection
let localFile: string

afterAll(cleanups.run)
beforeAll(async () => {
  harness = await startIngest(cleanups.add)
  client = await prepareSftpClient(cleanups.add)
  districtA = await issueSftpPassword(harness, harness.district)
  districtB = await holdConnection(
    await issueSftpPassword(harness, harness.otherDistrict),
  )
  cleanups.add(districtB.end)
  await districtB.writeFile("/upload/district-b.zip.part", "PK\u0003\u0004 held for B")
  localFile = join(client.directory, "a.zip.part")
  await writeFile(localFile, "PK\u0003\u0004 written by A")
})

/** Every command may fail (`-`), so the batch runs to the end and stderr tells all. */
async function runAsA(commands: string[]) {
  return client.run(
    districtA,
    commands.map((command) => `-${command}`),
  )
}

test("district B's file is in B's folder while district A lists and reads only its own", async () => {
  const run = await runAsA([
    `put ${localFile} /upload/district-a.zip.part`,
    "ls -1 /upload",
    "get /upload/district-b.zip.part",
    "rm /upload/district-b.zip.part",
    "rename /upload/district-b.zip.part /upload/taken.zip",
  ])

  expect(await districtB.list()).toEqual(["district-b.zip.part"])
  expect(run.stdout.split("\n")).toEqual([
    `sftp> -put ${localFile} /upload/district-a.zip.part`,
    "sftp> -ls -1 /upload",
    "/upload/district-a.zip.part",
    "sftp> -get /upload/district-b.zip.part",
    "sftp> -rm /upload/district-b.zip.part",
    "sftp> -rename /upload/district-b.zip.part /upload/taken.zip",
    "",
  ])
  expect(run.stderr.split("\r\n")).toEqual([
    'File "/upload/district-b.zip.part" not found.',
    "remote delete /upload/district-b.zip.part: No such file or directory",
    'remote rename "/upload/district-b.zip.part" to "/upload/taken.zip": No such file or directory',
    "",
  ])
})

test("no path leaves the folder: .., absolute paths and links are refused", async () => {
  const run = await runAsA([
    "ls /",
    "cd ..",
    "ls",
    "ls /etc",
    "cd /etc",
    "get /etc/passwd",
    "get ../../etc/passwd",
    `put ${localFile} /tmp/escape.zip`,
    `put ${localFile} ../../tmp/escape.zip`,
    `put ${localFile} /upload/../../tmp/escape.zip`,
    "symlink /etc/passwd /upload/passwd",
    "ln /etc/passwd /upload/passwd",
  ])

  const listings = run.stdout.split("\n").filter((line) => !line.startsWith("sftp> "))
  expect(listings.map((line) => line.trim())).toEqual(["/upload", "upload", ""])
  expect(run.stderr.split("\r\n")).toEqual([
    `Can't ls: "/etc" not found`,
    "realpath /etc: No such file or folder: /etc",
    'File "/etc/passwd" not found.',
    'File "/../../etc/passwd" not found.',
    'dest open "/tmp/escape.zip": Permission denied',
    'dest open "/../../tmp/escape.zip": Permission denied',
    'dest open "/upload/../../tmp/escape.zip": Permission denied',
    'remote symlink file "/etc/passwd" to "/upload/passwd": Permission denied',
    "Server does not support hardlink@openssh.com extension",
    "",
  ])
  await expect(readdir("/tmp")).resolves.not.toContain("escape.zip")
})

test("only uploading works: reading back, folders and links are refused with SFTP statuses", async () => {
  const run = await runAsA([
    `put ${localFile} /upload/mine.zip.part`,
    "get /upload/mine.zip.part",
    "mkdir /upload/sub",
    "rmdir /upload",
    "rm /upload",
    "rename /upload /elsewhere",
    "df",
  ])

  expect(run.stderr.split("\r\n")).toEqual([
    'remote open "/upload/mine.zip.part": Permission denied',
    'remote mkdir "/upload/sub": Permission denied',
    'remote rmdir "/upload": Permission denied',
    "remote delete /upload: Permission denied",
    'remote rename "/upload" to "/elsewhere": No such file or directory',
    "Server does not support statvfs@openssh.com extension",
    "",
  ])
  expect(await harness.service.context.database.select().from(imports)).toEqual([])
})
