import type autocannon from "autocannon"

/** How a load run picks each request's path. */
export type RequestPlan = () => autocannon.Request[]

interface PageWalk {
  cursor?: string | null
}

/**
 * Class detail requests that go round the given classes, so the load reads many
 * classes, not one cached row.
 */
export function classDetailPlan(classIds: readonly string[]): RequestPlan {
  let next = 0
  return () => [
    {
      method: "GET",
      setupRequest: (request) => {
        const classId = classIds[next++ % classIds.length] ?? ""
        return { ...request, path: `/v1/classes/${encodeURIComponent(classId)}` }
      },
    },
  ]
}

// The load generator forgets a connection's context each time it comes round to its
// first request; a long list of the same request keeps a walk going for that long.
const WalkLength = 1000

/**
 * User list pages of 100, each connection following `nextCursor` from the page it last
 * read, as a client syncing the roster does. A walk starts at a cursor some other
 * connection was given, so connections spread over the list instead of reading the same
 * pages in step, and goes back to the first page at the end of the list.
 */
export function userListPlan(): RequestPlan {
  const knownCursors: string[] = []
  const request: autocannon.Request = {
    method: "GET",
    setupRequest: (request, context) => {
      const walk = context as PageWalk
      if (walk.cursor === undefined) {
        walk.cursor =
          knownCursors[Math.floor(Math.random() * knownCursors.length)] ?? null
      }
      const cursor = walk.cursor ? `&cursor=${walk.cursor}` : ""
      return { ...request, path: `/v1/users?limit=100${cursor}` }
    },
    onResponse: (status, body, context) => {
      const walk = context as PageWalk
      walk.cursor = status === 200 ? nextCursorOf(body) : null
      if (walk.cursor && knownCursors.length < 10_000) knownCursors.push(walk.cursor)
    },
  }
  return () => Array.from({ length: WalkLength }, () => request)
}

// The cursor is the last field of the page, so it is read from the end of the body
// instead of parsing a hundred records per response in the load generator.
function nextCursorOf(body: string): string | null {
  const match = /"nextCursor":"([^"]+)"\}$/.exec(body.slice(-200))
  return match?.[1] ?? null
}
