import type { RosterFixture } from "./roster-fixture.js"

/** An HTTP answer: status and parsed JSON body. */
export interface JsonAnswer {
  readonly status: number
  readonly body: Record<string, unknown>
}

/** GETs a path of the roster service with a bearer token, if any. */
export async function getJson(
  fixture: RosterFixture,
  path: string,
  token?: string,
): Promise<JsonAnswer> {
  const headers: Record<string, string> = token
    ? { authorization: `Bearer ${token}` }
    : {}
  const response = await fetch(`${fixture.url()}${path}`, { headers })
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
  }
}

/** Follows `nextCursor` from a list path to its end; returns every item's sourcedId. */
export async function listAllSourcedIds(
  fixture: RosterFixture,
  path: string,
  token: string,
): Promise<string[]> {
  const ids: string[] = []
  let cursor: string | null = null
  do {
    const separator = path.includes("?") ? "&" : "?"
    const page = cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path
    const { body } = await getJson(fixture, page, token)
    const items = body["items"] as Array<{ sourcedId: string }>
    ids.push(...items.map((item) => item.sourcedId))
    cursor = body["nextCursor"] as string | null
  } while (cursor)
  return ids
}
