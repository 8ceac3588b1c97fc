import { readFile } from "node:fs/promises"
import { basename } from "node:path"
import type { ImportStatus } from "@homeroom/contracts"
import type { ImportView } from "@homeroom/records"
import { waitFor } from "@homeroom/testing"

/** An HTTP answer: status and parsed JSON body. */
export interface Answer<Body = unknown> {
  readonly statusCode: number
  readonly body: Body
}

/** Calls a service the way a front end would: over HTTP, with a bearer token. */
export async function call<Body = unknown>(
  url: string,
  token: string,
  init: RequestInit = {},
): Promise<Answer<Body>> {
  const response = await fetch(url, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...init.headers },
  })
  return { statusCode: response.status, body: (await response.json()) as Body }
}

/** Uploads a bundle file as `multipart/form-data`, field `file`; a dry run if asked. */
export async function uploadBundle(
  ingestUrl: string,
  token: string,
  path: string,
  options: { dryRun?: boolean } = {},
): Promise<Answer<{ id: string; status: ImportStatus }>> {
  const form = new FormData()
  form.append("file", new Blob([await readFile(path)]), basename(path))
  const query = options.dryRun ? "?dryRun=true" : ""
  return call(`${ingestUrl}/v1/imports${query}`, token, { method: "POST", body: form })
}

/** Waits until an import reaches one of `statuses` and returns it. */
export async function waitForImport(
  ingestUrl: string,
  token: string,
  importId: string,
  statuses: readonly ImportStatus[],
  timeoutMs = 120_000,
): Promise<ImportView> {
  return waitFor(
    async () => {
      const answer = await call<ImportView>(`${ingestUrl}/v1/imports/${importId}`, token)
      return statuses.includes(answer.body.status) ? answer.body : null
    },
    {
      timeoutMs,
      intervalMs: 200,
      what: `import ${importId} to become ${statuses.join(" or ")}`,
    },
  )
}
