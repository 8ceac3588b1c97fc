import type { Database } from "@homeroom/service-kit"
import { and, eq, sql } from "drizzle-orm"
import { RosterErrors } from "../errors.js"
import type { RosterRecord } from "./list-records.js"
import { readPrepared } from "./prepared-read.js"
import { type ReadableEntity, recordSql } from "./readable-entities.js"

/**
 * One record of the caller's district, whatever its status. A record of another
 * district is answered exactly like one that does not exist.
 */
export async function findRecord(
  database: Database,
  readable: ReadableEntity,
  districtId: string,
  sourcedId: string,
): Promise<RosterRecord> {
  const [row] = await readPrepared<{ record: RosterRecord }>(
    database,
    sql`
      select ${sql.raw(recordSql(readable))} as record
      from ${readable.table}
      where ${and(eq(readable.districtId, districtId), eq(readable.sourcedId, sourcedId))}`,
  )
  if (!row) throw RosterErrors.NOT_FOUND(readable.kind, sourcedId)
  return row.record
}
