import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { freePort, waitFor } from "@homeroom/testing"

const packageRoot = fileURLToPath(new URL("../../", import.meta.url))
const mainPath = fileURLToPath(new URL("./floor-server-main.ts", import.meta.url))

/** The floor server running in its own process. */
export interface FloorProcess {
  readonly url: string
  readonly stop: () => Promise<void>
}

/** Starts the floor server for a district and waits until it answers. */
export async function startFloorProcess(
  databaseUrl: string,
  districtId: string,
): Promise<FloorProcess> {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=@homeroom/source", mainPath],
    {
      cwd: packageRoot,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DISTRICT_ID: districtId,
        PORT: `${port}`,
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  )
  const ended = new Promise((resolve) => child.once("exit", resolve))
  const url = `http://127.0.0.1:${port}`
  await waitFor(
    async () => {
      if (child.exitCode !== null)
        throw new Error(`the floor server exited with ${child.exitCode}`)
      return (await fetch(`${url}/v1/users?limit=1`)).ok
    },
    { timeoutMs: 30_000, intervalMs: 100, what: "the floor server to answer" },
  )
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
      await ended
    },
  }
}
