import type { RosterEntity } from "@homeroom/contracts"
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core"
import {
  academicSessions,
  classes,
  enrollments,
  orgs,
  users,
} from "../db/schema/index.js"
import { EntityTables } from "../roster/entity-fields.js"
import { recordJson } from "../roster/record-json.js"

/** What the read side needs to know of an entity's table. */
export interface ReadableEntity {
  readonly entity: RosterEntity
  /** How messages name one record of the entity, such as `academic session`. */
  readonly kind: string
  readonly table: PgTable
  readonly districtId: AnyPgColumn
  readonly sourcedId: AnyPgColumn
  readonly status: AnyPgColumn
}

function readable(
  entity: RosterEntity,
  kind: string,
  table:
    | typeof orgs
    | typeof users
    | typeof academicSessions
    | typeof classes
    | typeof enrollments,
): ReadableEntity {
  return {
    entity,
    kind,
    table,
    districtId: table.districtId,
    sourcedId: table.sourcedId,
    status: table.status,
  }
}

/** Every entity the REST API reads, by its path name. */
export const ReadableEntities: Readonly<Record<RosterEntity, ReadableEntity>> = {
  orgs: readable("orgs", "org", orgs),
  academicSessions: readable("academicSessions", "academic session", academicSessions),
  users: readable("users", "user", users),
  classes: readable("classes", "class", classes),
  enrollments: readable("enrollments", "enrollment", enrollments),
}

/**
 * SQL for a record as the REST API shows it, in a drizzle query on the entity's table
 * (drizzle qualifies columns with the quoted table name).
 */
export function recordSql(readable: ReadableEntity): string {
  return recordJson(readable.entity, `"${EntityTables[readable.entity]}"`)
}
