/**
 * Posts a bundle to `POST /v1/imports` over real HTTP, as a browser form would;
 * `query` is the query string, `?` included.
 */
export async function uploadBundle(
  baseUrl: string,
  token: string | null,
  bundle: Uint8Array,
  options: { field?: string; fileName?: string; query?: string } = {},
): Promise<Response> {
  const form = new FormData()
  const file = new Blob([bundle], { type: "application/zip" })
  form.append(options.field ?? "file", file, options.fileName ?? "roster.zip")

  const headers: Record<string, string> = token
    ? { authorization: `Bearer ${token}` }
    : {}
  const url = `${baseUrl}/v1/imports${options.query ?? ""}`
  return fetch(url, { method: "POST", body: form, headers })
}
