import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url))
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url))

function startWith(service: string, environment: Record<string, string>) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    execFile(
      tsx,
      ["--conditions=@homeroom/source", `apps/${service}/src/server.ts`],
      { cwd: repositoryRoot, env: { PATH: process.env["PATH"] ?? "", ...environment } },
      (error, _stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stderr }),
    )
  })
}

describe("a service with a bad configuration", () => {
  it("refuses to start and names every bad variable in one message", async () => {
    const result = await startWith("ingest", {
      DATABASE_URL: "mysql://root:secret@127.0.0.1/roster",
      NATS_URL: "http://127.0.0.1:4222",
      INGEST_PORT: "eighty",
      MAX_UPLOAD_BYTES: "-1",
    })

    expect(result).toEqual({
      code: 78,
      stderr: [
        "homeroom-ingest did not start. The service configuration is invalid:",
        "  - DATABASE_URL is (hidden): expected a URL starting with postgres:// or postgresql://",
        "  - NATS_URL is (hidden): expected a URL starting with nats:// or tls://",
        '  - INGEST_PORT is "eighty": expected a port, 0 to 65535',
        '  - MAX_UPLOAD_BYTES is "-1": expected a whole number from 1 to 9007199254740991',
        "",
      ].join("\n"),
    })
  })
})
