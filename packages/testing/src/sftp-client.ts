import { type ChildProcess, execFile, spawn } from "node:child_process"
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"

const runFile = promisify(execFile)

/** How an OpenSSH client signs in: a password, a private key file, or both. */
export interface SftpSignIn {
  readonly port: number
  readonly username: string
  readonly password?: string
  readonly identityFile?: string
}

/** What one `sftp -b` run printed, and how it exited. */
export interface SftpRun {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs OpenSSH's `sftp` in batch mode, as an SIS's scheduled push would. */
export interface SftpClient {
  /** A private directory for the test's local files and keys. */
  readonly directory: string
  /** Runs the batch commands and resolves once the client exits. */
  run(signIn: SftpSignIn, commands: readonly string[]): Promise<SftpRun>
  /**
   * Starts the batch without waiting, in a process group of its own, so a test can
   * kill the client (and its `ssh`) mid-transfer.
   */
  start(signIn: SftpSignIn, commands: readonly string[]): Promise<ChildProcess>
}

const AskpassScript = '#!/bin/sh\nprintf "%s\\n" "$HOMEROOM_TEST_SFTP_PASSWORD"\n'

/**
 * Prepares the real OpenSSH `sftp` client. Passwords reach it through OpenSSH's askpass
 * (a script printing an environment variable), so no `sshpass` is needed and the
 * password is never written to disk. `-o BatchMode=no` comes before `-b`, because
 * `-b` turns batch mode on and batch mode forbids password prompts.
 */
export async function prepareSftpClient(
  onCleanup: (cleanup: () => Promise<void>) => void,
): Promise<SftpClient> {
  const directory = await mkdtemp(join(tmpdir(), "homeroom-sftp-client-"))
  onCleanup(() => rm(directory, { recursive: true, force: true }))
  const askpass = join(directory, "askpass.sh")
  await writeFile(askpass, AskpassScript)
  await chmod(askpass, 0o700)
  let batches = 0

  const prepare = async (signIn: SftpSignIn, commands: readonly string[]) => {
    const batchFile = join(directory, `batch-${batches++}.txt`)
    await writeFile(batchFile, `${commands.join("\n")}\n`)
    return {
      arguments: sftpArguments(signIn, batchFile),
      environment: clientEnvironment(askpass, signIn),
    }
  }

  return {
    directory,
    async run(signIn, commands) {
      const prepared = await prepare(signIn, commands)
      return runBatch(prepared.arguments, prepared.environment)
    },
    async start(signIn, commands) {
      const prepared = await prepare(signIn, commands)
      return spawn("sftp", prepared.arguments, {
        env: prepared.environment,
        stdio: "ignore",
        detached: true,
      })
    },
  }
}

function sftpArguments(signIn: SftpSignIn, batchFile: string): string[] {
  const identity = signIn.identityFile ? ["-i", signIn.identityFile] : []
  return [
    "-F",
    "/dev/null",
    "-o",
    "BatchMode=no",
    "-b",
    batchFile,
    "-P",
    String(signIn.port),
    "-o",
    "StrictHostKeyChecking=no",
    "-o",
    "UserKnownHostsFile=/dev/null",
    "-o",
    // With a key given, only the key is tried, so a key sign-in cannot pass by password.
    `PreferredAuthentications=${signIn.identityFile ? "publickey" : "password,publickey"}`,
    "-o",
    "NumberOfPasswordPrompts=1",
    "-o",
    "IdentitiesOnly=yes",
    "-o",
    "IdentityAgent=none",
    "-o",
    "LogLevel=ERROR",
    ...identity,
    `${signIn.username}@127.0.0.1`,
  ]
}

function clientEnvironment(askpass: string, signIn: SftpSignIn): NodeJS.ProcessEnv {
  return {
    ...process.env,
    SSH_ASKPASS: askpass,
    SSH_ASKPASS_REQUIRE: "force",
    DISPLAY: ":0",
    // A wrong password stands in for a missing one, so a key-only client fails fast.
    HOMEROOM_TEST_SFTP_PASSWORD: signIn.password ?? "no-password-given",
  }
}

async function runBatch(argumentsList: string[], environment: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await runFile("sftp", argumentsList, {
      env: environment,
      timeout: 60_000,
    })
    return { exitCode: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return {
      exitCode: typeof failed.code === "number" ? failed.code : -1,
      stdout: failed.stdout ?? "",
      stderr: failed.stderr ?? "",
    }
  }
}
