import { type ChildProcess, spawn } from "node:child_process"
import { closeSync, openSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { freePort, waitFor } from "@homeroom/testing"
import type { ServiceName } from "../report/result.js"

const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url))
const packageRoot = fileURLToPath(new URL("../../", import.meta.url))

/** A service running as its own operating-system process, its output kept in a file. */
export interface ServiceProcess {
  readonly name: ServiceName
  readonly url: string
  readonly pid: number
  /** Where the service's JSON log lines go. */
  readonly logPath: string
  readonly stop: () => Promise<void>
}

/** Options of {@link startServiceProcess}. */
export interface ServiceProcessOptions {
  readonly environment: Record<string, string>
  readonly logPath: string
  /** Extra Node flags, such as `--cpu-prof`. */
  readonly nodeFlags?: readonly string[]
}

/**
 * Starts `apps/<name>/src/server.ts` as production runs it, one process per service, and
 * waits until it is ready. Standard output and error go straight to a file, so reading
 * the logs costs the measuring process nothing while the service works.
 */
export async function startServiceProcess(
  name: ServiceName,
  options: ServiceProcessOptions,
): Promise<ServiceProcess> {
  const port = await freePort()
  const output = openSync(options.logPath, "a")
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeFlags ?? []),
      "--import",
      "tsx",
      "--conditions=@homeroom/source",
      `${repositoryRoot}apps/${name}/src/server.ts`,
    ],
    {
      cwd: packageRoot,
      env: {
        ...process.env,
        ...options.environment,
        [`${name.toUpperCase()}_PORT`]: `${port}`,
      },
      stdio: ["ignore", output, output],
    },
  )
  closeSync(output)

  const ended = new Promise((resolve) => child.once("exit", resolve))
  const url = `http://127.0.0.1:${port}`
  await waitUntilReady(name, child, url)
  return {
    name,
    url,
    pid: Number(child.pid),
    logPath: options.logPath,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
      await ended
    },
  }
}

async function waitUntilReady(name: ServiceName, child: ChildProcess, url: string) {
  await waitFor(
    async () => {
      if (child.exitCode !== null) {
        throw new Error(`${name} exited with ${child.exitCode} before it was ready`)
      }
      return (await fetch(`${url}/health/ready`)).ok
    },
    { timeoutMs: 60_000, intervalMs: 100, what: `${name} to become ready` },
  )
}
