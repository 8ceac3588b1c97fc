import type { ImportStatus } from "@homeroom/contracts"
import type { Database } from "@homeroom/service-kit"
import { and, desc, eq, lt, or, type SQL, sql } from "drizzle-orm"
import { imports } from "../schema/imports.js"
import { toListItem } from "./find-import.js"
import type { ImportListItem } from "./import-view.js"

/** A page of a district's imports, newest first. */
export interface ImportPage {
  readonly items: ImportListItem[]
  /** Pass back as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null
}

/** Options of {@link listImports}. */
export interface ImportListOptions {
  readonly status?: ImportStatus
  readonly limit: number
  readonly cursor?: { receivedAt: Date; id: string }
}

/** Lists a district's imports, newest first, a page at a time. */
export async function listImports(
  database: Database,
  districtId: string,
  options: ImportListOptions,
): Promise<ImportPage> {
  const conditions: SQL[] = [eq(imports.districtId, districtId)]
  if (options.status) conditions.push(eq(imports.status, options.status))
  if (options.cursor) conditions.push(olderThan(options.cursor))

  const rows = await database
    .select()
    .from(imports)
    .where(and(...conditions))
    .orderBy(desc(receivedMillisecond), desc(imports.id))
    .limit(options.limit + 1)

  const page = rows.slice(0, options.limit)
  const last = page.at(-1)
  const nextCursor =
    rows.length > options.limit && last ? encodeCursor(last.receivedAt, last.id) : null
  return { items: page.map(toListItem), nextCursor }
}

/**
 * Postgres keeps microseconds but a cursor carries a JavaScript date, which keeps
 * milliseconds; ordering and comparing on the millisecond keeps imports received within
 * the same millisecond from being skipped between pages.
 */
const receivedMillisecond = sql`date_trunc('milliseconds', ${imports.receivedAt})`

function olderThan(cursor: { receivedAt: Date; id: string }): SQL {
  const at = cursor.receivedAt.toISOString()
  const condition = or(
    sql`${receivedMillisecond} < ${at}::timestamptz`,
    and(sql`${receivedMillisecond} = ${at}::timestamptz`, lt(imports.id, cursor.id)),
  )
  if (!condition) throw new Error("cursor condition is empty")
  return condition
}

/** Encodes a position in the list as an opaque cursor. */
export function encodeCursor(receivedAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([receivedAt.toISOString(), id])).toString("base64url")
}

const UuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Reads a cursor back; null when it is not one of ours. */
export function decodeCursor(cursor: string): { receivedAt: Date; id: string } | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as unknown[]
    const receivedAt = new Date(String(at))
    if (typeof id !== "string" || !UuidPattern.test(id)) return null
    if (Number.isNaN(receivedAt.getTime())) return null
    return { receivedAt, id }
  } catch {
    return null
  }
}
