import type { SftpSignIn } from "@homeroom/testing"
import type { IngestHarness, TestDistrict } from "./ingest-harness.js"

/** The district's SFTP settings, as `GET /v1/sftp/credentials` answers them. */
export interface CredentialsAnswer {
  readonly username: string
  readonly host: string
  readonly port: number
  readonly folder: string
  readonly hostKeyFingerprint: string
  readonly passwordSetAt: string | null
  readonly publicKeys: string[]
}

/** An answer of the API: its status, headers and parsed body. */
export interface ApiAnswer {
  readonly status: number
  readonly headers: Headers
  readonly body: unknown
}

/** Calls one of the SFTP credential routes with a token. */
export async function callCredentials(
  baseUrl: string,
  token: string,
  request: { method?: string; path?: string; body?: unknown } = {},
): Promise<ApiAnswer> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  if (request.body !== undefined) headers["content-type"] = "application/json"
  const response = await fetch(`${baseUrl}/v1/sftp/credentials${request.path ?? ""}`, {
    method: request.method ?? "GET",
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  })
  return {
    status: response.status,
    headers: response.headers,
    body: await response.json(),
  }
}

/** Issues the district a new SFTP password and returns how to sign in with it. */
export async function issueSftpPassword(
  harness: IngestHarness,
  district: TestDistrict,
): Promise<Required<Pick<SftpSignIn, "port" | "username" | "password">>> {
  const answer = await callCredentials(harness.service.url, district.administratorToken, {
    method: "POST",
    path: "/rotate",
  })
  if (answer.status !== 200) throw new Error(`rotation answered ${answer.status}`)
  const { port, username, password } = answer.body as {
    port: number
    username: string
    password: string
  }
  return { port, username, password }
}
