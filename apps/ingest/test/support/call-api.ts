/** An answer of the API: its status and parsed body. */
export interface Answer {
  readonly status: number
  readonly body: unknown
}

/** Calls an API path with a token, sending `body` as JSON when there is one. */
export async function callApi(
  baseUrl: string,
  token: string,
  request: { method?: string; path: string; body?: unknown },
): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  if (request.body !== undefined) headers["content-type"] = "application/json"
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method ?? "GET",
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  })
  return { status: response.status, body: await response.json() }
}
