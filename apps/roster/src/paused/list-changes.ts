import type { ChangeKind, RecordKind, RosterEntity } from "@homeroom/contracts"
import type { Database } from "@homeroom/service-kit"
import { and, asc, sql as drizzleSql, eq, gt, type SQL } from "drizzle-orm"
import { importChanges } from "../db/schema/import-changes.js"
import { RosterErrors } from "../errors.js"
import { decodeCursor, encodeCursor } from "../reading/cursor.js"

/** One change of a paused import, as a reviewer reads it. */
export interface ReviewedChange {
  readonly entity: RosterEntity
  readonly kind: RecordKind
  readonly change: ChangeKind
  readonly sourcedId: string
  readonly schools: string[]
  /** The record as the import would leave it; for a removal, as it stands. */
  readonly record: unknown
  /** For updates: the changed fields as they stand before the import. */
  readonly previous: unknown
  readonly changedFields: string[] | null
}

/** A page of changes. */
export interface ChangePage {
  readonly items: ReviewedChange[]
  readonly nextCursor: string | null
}

/** Which changes to list, a page at a time. */
export interface ChangeFilter {
  readonly kind?: RecordKind
  readonly change?: ChangeKind
  readonly school?: string
  readonly limit: number
  readonly cursor?: string
}

/**
 * Lists the kept changes of an import in review order, filtered by kind of record,
 * kind of change and school. One row more than the page is read to know whether
 * another page follows.
 */
export async function listChanges(
  database: Database,
  importId: string,
  filter: ChangeFilter,
): Promise<ChangePage> {
  const rows = await database
    .select({
      position: importChanges.position,
      entity: importChanges.entity,
      kind: importChanges.kind,
      change: importChanges.change,
      sourcedId: importChanges.sourcedId,
      schools: importChanges.schools,
      record: importChanges.record,
      previous: importChanges.previous,
      changedFields: importChanges.changedFields,
    })
    .from(importChanges)
    .where(and(...conditions(importId, filter)))
    .orderBy(asc(importChanges.position))
    .limit(filter.limit + 1)

  const page = rows.slice(0, filter.limit)
  const last = page.at(-1)
  return {
    items: page.map(({ position: _position, ...change }) => change),
    nextCursor:
      rows.length > filter.limit && last ? encodeCursor(String(last.position)) : null,
  }
}

function conditions(importId: string, filter: ChangeFilter): SQL[] {
  const where = [eq(importChanges.importId, importId)]
  if (filter.cursor) where.push(gt(importChanges.position, positionOf(filter.cursor)))
  if (filter.kind) where.push(eq(importChanges.kind, filter.kind))
  if (filter.change) where.push(eq(importChanges.change, filter.change))
  if (filter.school) {
    where.push(drizzleSql`${filter.school} = any(${importChanges.schools})`)
  }
  return where
}

function positionOf(cursor: string): number {
  const position = Number(decodeCursor(cursor))
  if (!Number.isSafeInteger(position)) throw RosterErrors.CURSOR_INVALID()
  return position
}
