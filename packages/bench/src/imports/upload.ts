import { openAsBlob } from "node:fs"
import { basename } from "node:path"

/** An upload as ingest answered it, with when it started and how long it took. */
export interface Upload {
  readonly importId: string
  /** Wall-clock start, epoch milliseconds, to compare with the services' clocks. */
  readonly startedAt: number
  readonly ms: number
}

/** Uploads a bundle as an administrator would: multipart `file`, streamed from disk. */
export async function uploadBundle(
  ingestUrl: string,
  token: string,
  zipPath: string,
): Promise<Upload> {
  const form = new FormData()
  form.append("file", await openAsBlob(zipPath), basename(zipPath))

  const startedAt = Date.now()
  const started = performance.now()
  const response = await fetch(`${ingestUrl}/v1/imports`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  })
  const body = (await response.json()) as { id?: string }
  const ms = performance.now() - started
  if (response.status !== 202 || !body.id) {
    throw new Error(`upload refused: ${response.status} ${JSON.stringify(body)}`)
  }
  return { importId: body.id, startedAt, ms }
}
