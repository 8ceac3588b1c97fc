import { type ChildProcess, spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { freePort, waitFor } from "@homeroom/testing"

const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url))
const packageRoot = fileURLToPath(new URL("../", import.meta.url))

/** A service running as its own operating-system process, as in production. */
export interface ServiceProcess {
  readonly url: string
  readonly child: ChildProcess
  /** Kills the process without warning, as a crash or an OOM kill would. */
  readonly crash: () => Promise<void>
  readonly stop: () => Promise<void>
}

/** Starts `apps/<name>/src/server.ts` in a child process and waits until it is ready. */
export async function startServiceProcess(
  name: "ingest" | "validation" | "roster" | "notification",
  environment: Record<string, string>,
): Promise<ServiceProcess> {
  const port = await freePort()
  // The service runs in this very process (tsx as a loader, not the tsx command, which
  // would start a second process that outlives a SIGKILL of the first).
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--conditions=@homeroom/source",
      `${repositoryRoot}apps/${name}/src/server.ts`,
    ],
    {
      cwd: packageRoot,
      env: { ...process.env, ...environment, [`${name.toUpperCase()}_PORT`]: `${port}` },
      stdio: ["ignore", "ignore", "inherit"],
    },
  )
  const url = `http://127.0.0.1:${port}`
  await waitFor(async () => (await fetch(`${url}/health/ready`)).ok, {
    timeoutMs: 30_000,
    what: `${name} to become ready`,
  })

  const ended = new Promise((resolve) => child.once("exit", resolve))
  return {
    url,
    child,
    crash: async () => {
      child.kill("SIGKILL")
      await ended
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
      await ended
    },
  }
}
