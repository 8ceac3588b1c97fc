import { call } from "../../src/index.js"

/** Whole listings of a district's roster, every status included, in `sourcedId` order. */
export interface RosterListings {
  readonly users: unknown[]
  readonly classes: unknown[]
  readonly enrollments: unknown[]
}

/** Reads the district's users, classes and enrollments over REST, page by page. */
export async function readRosterListings(
  rosterUrl: string,
  token: string,
): Promise<RosterListings> {
  return {
    users: await listAll(rosterUrl, token, "users"),
    classes: await listAll(rosterUrl, token, "classes"),
    enrollments: await listAll(rosterUrl, token, "enrollments"),
  }
}

async function listAll(rosterUrl: string, token: string, kind: string) {
  const items: unknown[] = []
  let cursor: string | null = ""

  while (cursor !== null) {
    const after: string = cursor === "" ? "" : `&cursor=${encodeURIComponent(cursor)}`
    const page = await call<{ items: unknown[]; nextCursor: string | null }>(
      `${rosterUrl}/v1/${kind}?status=all&limit=1000${after}`,
      token,
    )
    if (page.statusCode !== 200) throw new Error(`GET /v1/${kind}: ${page.statusCode}`)

    items.push(...page.body.items)
    cursor = page.body.nextCursor
  }

  return items
}
