import { NormalisedColumns, type RosterEntity } from "@homeroom/contracts"

/** How a OneRoster field is stored in Postgres and shown over REST. */
export const FieldTypes = ["text", "list", "boolean", "date", "dateTime", "json"] as const

/** How a field is stored and shown. */
export type FieldType = (typeof FieldTypes)[number]

/** One field of a roster record: its OneRoster name, its column and its type. */
export interface EntityField {
  /** The OneRoster name, as the normalised file's header and the REST API spell it. */
  readonly name: string
  /** The column in the entity's table. */
  readonly column: string
  readonly type: FieldType
}

const typeOfField: Readonly<Record<string, FieldType>> = {
  dateLastModified: "dateTime",
  enabledUser: "boolean",
  primary: "boolean",
  startDate: "date",
  endDate: "date",
  beginDate: "date",
  orgSourcedIds: "list",
  userIds: "list",
  agentSourcedIds: "list",
  grades: "list",
  termSourcedIds: "list",
  subjects: "list",
  subjectCodes: "list",
  periods: "list",
  metadata: "json",
}

/** The table each kind of record is kept in. */
export const EntityTables = {
  orgs: "orgs",
  academicSessions: "academic_sessions",
  users: "users",
  classes: "classes",
  enrollments: "enrollments",
} as const satisfies Record<RosterEntity, string>

/** The fields of every kind of record, in the order of its normalised file. */
export const EntityFields: Readonly<Record<RosterEntity, readonly EntityField[]>> = {
  orgs: NormalisedColumns.orgs.map(describeField),
  academicSessions: NormalisedColumns.academicSessions.map(describeField),
  users: NormalisedColumns.users.map(describeField),
  classes: NormalisedColumns.classes.map(describeField),
  enrollments: NormalisedColumns.enrollments.map(describeField),
}

/**
 * The fields that make up a record's content: every field but its identity and the
 * two a bulk export restamps without the record changing (`status`,
 * `dateLastModified`). The digest covers these, and a difference in them is an update.
 */
export function contentFields(entity: RosterEntity): readonly EntityField[] {
  return EntityFields[entity].filter(
    (field) => !["sourcedId", "status", "dateLastModified"].includes(field.name),
  )
}

function describeField(name: string): EntityField {
  return { name, column: toColumnName(name), type: typeOfField[name] ?? "text" }
}

function toColumnName(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
}
