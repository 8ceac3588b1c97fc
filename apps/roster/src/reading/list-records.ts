import type { Database } from "@homeroom/service-kit"
import { and, eq, gt, type SQL, sql } from "drizzle-orm"
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core"
import { EntityTables } from "../roster/entity-fields.js"
import { decodeCursor, encodeCursor } from "./cursor.js"
import { readPrepared } from "./prepared-read.js"
import { type ReadableEntity, recordSql } from "./readable-entities.js"

/** A record as the REST API shows it. */
export type RosterRecord = Record<string, unknown>

/** A page of records in `sourcedId` order. */
export interface RecordPage {
  readonly items: RosterRecord[]
  /** Pass back as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null
}

/** Which records a list shows by status; `all` shows removed records too. */
export type StatusFilter = "active" | "tobedeleted" | "all"

/**
 * A filter through a link table, such as users of one org through `user_orgs`: the
 * link rows whose `target` is `value` name the records listed.
 */
export interface LinkFilter {
  readonly table: PgTable
  readonly districtId: AnyPgColumn
  /** The column naming the listed record. */
  readonly owner: AnyPgColumn
  readonly target: AnyPgColumn
  readonly value: string
}

/** Options of {@link listRecords}. */
export interface ListOptions {
  readonly limit: number
  readonly cursor?: string
  readonly status: StatusFilter
  /** Further conditions on the entity's table, from the request's filters. */
  readonly filters: readonly SQL[]
  readonly link?: LinkFilter
}

interface ListedRow {
  readonly sourcedId: string
  readonly record: RosterRecord
}

/**
 * Lists a district's records of one entity in `sourcedId` order, a page at a time. One
 * row more than the page is read to know whether another page follows.
 */
export async function listRecords(
  database: Database,
  readable: ReadableEntity,
  districtId: string,
  options: ListOptions,
): Promise<RecordPage> {
  const after = options.cursor ? decodeCursor(options.cursor) : undefined
  const rows = options.link
    ? await listThroughLink(database, readable, districtId, options, options.link, after)
    : await listDirectly(database, readable, districtId, options, after)

  const page = rows.slice(0, options.limit)
  const last = page.at(-1)
  const nextCursor =
    rows.length > options.limit && last ? encodeCursor(last.sourcedId) : null
  return { items: page.map((row) => row.record), nextCursor }
}

function recordConditions(readable: ReadableEntity, options: ListOptions): SQL[] {
  const conditions = [...options.filters]
  if (options.status !== "all") conditions.push(eq(readable.status, options.status))
  return conditions
}

async function listDirectly(
  database: Database,
  readable: ReadableEntity,
  districtId: string,
  options: ListOptions,
  after: string | undefined,
): Promise<ListedRow[]> {
  const conditions = [
    eq(readable.districtId, districtId),
    ...recordConditions(readable, options),
  ]
  if (after) conditions.push(gt(readable.sourcedId, after))

  return readPrepared<ListedRow>(
    database,
    sql`
      select ${readable.sourcedId} as "sourcedId", ${sql.raw(recordSql(readable))} as record
      from ${readable.table}
      where ${and(...conditions)}
      order by ${readable.sourcedId}
      limit ${options.limit + 1}`,
  )
}

/**
 * Walks the link table's index in `sourcedId` order and fetches each record by its key.
 * The lateral subquery is fenced (`offset 0`) so the planner keeps that shape: joined
 * freely, it preferred walking every record of the district from the start, which took
 * 70 ms to reach a school whose users sort late among 500,000.
 */
async function listThroughLink(
  database: Database,
  readable: ReadableEntity,
  districtId: string,
  options: ListOptions,
  link: LinkFilter,
  after: string | undefined,
): Promise<ListedRow[]> {
  const table = sql.raw(`"${EntityTables[readable.entity]}"`)
  const conditions = [
    eq(link.districtId, districtId),
    eq(link.target, link.value),
    ...recordConditions(readable, options),
  ]
  if (after) conditions.push(gt(link.owner, after))

  return readPrepared<ListedRow>(
    database,
    sql`
    select ${link.owner} as "sourcedId", ${sql.raw(recordSql(readable))} as record
    from ${link.table}
    cross join lateral (
      select * from ${readable.table}
      where ${readable.districtId} = ${link.districtId}
        and ${readable.sourcedId} = ${link.owner}
      offset 0
    ) as ${table}
    where ${and(...conditions)}
    order by ${link.owner}
    limit ${options.limit + 1}`,
  )
}
