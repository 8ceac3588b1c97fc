import {
  captureLogs,
  type LogCapture,
  prepareSftpClient,
  type SftpClient,
} from "@homeroom/testing"
import { afterAll, beforeAll, expect, test } from "vitest"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"
import { issueSftpPassword } from "./support/sftp-credentials.js"

const cleanups = cleanupList()
let harness: IngestHarness
let client: SftpClient
let logs: LogCapture

afterAll(cleanups.run)
beforeAll(async () => {
  logs = captureLogs()
  harness = await startIngest(cleanups.add, {
    logDestination: logs.destination,
    variables: { SFTP_LOCKOUT_FAILURES: "3", SFTP_FAILURE_DELAY_MS: "100" },
  })
  client = await prepareSftpClient(cleanups.add)
})

test("repeated failures lock the address and username out, even for the right password", async () => {
  const signIn = await issueSftpPassword(harness, harness.district)
  const wrong = { ...signIn, password: "guess" }

  const guesses = []
  for (let guess = 0; guess < 3; guess++) guesses.push(await client.run(wrong, ["ls"]))
  const rightButLocked = await client.run(signIn, ["ls"])

  for (const run of [...guesses, rightButLocked]) {
    expect(run).toMatchObject({
      exitCode: 255,
      stderr: expect.stringContaining("Permission denied"),
    })
  }
  const signInLogs = logs.lines
    .filter((line) => String(line["msg"]).startsWith("sftp sign-in"))
    .map(({ msg, address, username, lockedKeys }) => ({
      msg,
      address,
      username,
      lockedKeys,
    }))
  const attempt = { address: "127.0.0.1", username: signIn.username }
  expect(signInLogs).toEqual([
    { msg: "sftp sign-in refused", ...attempt, lockedKeys: undefined },
    { msg: "sftp sign-in refused", ...attempt, lockedKeys: undefined },
    { msg: "sftp sign-in refused", ...attempt, lockedKeys: undefined },
    {
      msg: "sftp sign-in locked out",
      ...attempt,
      lockedKeys: ["address 127.0.0.1", `user ${signIn.username}`],
    },
    { msg: "sftp sign-in refused while locked out", ...attempt, lockedKeys: undefined },
  ])
  expect(JSON.stringify(logs.lines)).not.toContain(signIn.password)
})

test("while locked out, another district's username from the same address is refused too", async () => {
  const other = await issueSftpPassword(harness, harness.otherDistrict)

  const run = await client.run(other, ["ls"])

  expect(run).toMatchObject({ exitCode: 255 })
  const signIns = logs.lines.filter((line) =>
    String(line["msg"]).startsWith("sftp sign-in"),
  )
  expect(signIns.at(-1)).toMatchObject({
    msg: "sftp sign-in refused while locked out",
    username: other.username,
  })
})
