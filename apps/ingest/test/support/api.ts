/** Reads an API path with a bearer token and returns the status and parsed body. */
export async function readApi(baseUrl: string, path: string, token: string | null) {
  const headers: Record<string, string> = token
    ? { authorization: `Bearer ${token}` }
    : {}
  const response = await fetch(`${baseUrl}${path}`, { headers })
  return { status: response.status, body: (await response.json()) as unknown }
}
