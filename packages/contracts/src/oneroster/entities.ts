import type { RequiredFileName } from "./files.js"

/** The kinds of roster record the platform keeps, named as the REST paths name them. */
export const RosterEntities = [
  "orgs",
  "academicSessions",
  "users",
  "classes",
  "enrollments",
] as const

/** A kind of roster record. */
export type RosterEntity = (typeof RosterEntities)[number]

/** The bundle file each kind of record is read from. */
export const FileOfEntity = {
  orgs: "orgs.csv",
  academicSessions: "academicSessions.csv",
  users: "users.csv",
  classes: "classes.csv",
  enrollments: "enrollments.csv",
} as const satisfies Record<RosterEntity, RequiredFileName>

/**
 * The columns of the normalised files that validation hands to the roster service, one
 * file per kind of record, written as Postgres `COPY` CSV with a header row.
 *
 * Values are normalised: vocabulary values in the specification's case, a blank status
 * as `active` and `inactive` as `tobedeleted`, list items trimmed and joined by commas
 * (OneRoster list items never hold a comma), blank optional values as unquoted empty
 * fields (SQL null). `metadata` holds the `metadata.*` extension columns as a JSON
 * object. `users.csv`'s `password` is never carried.
 *
 * A row left out for its errors is written with the status `held` and only its
 * `sourcedId` (and an enrollment's `role`, when valid): the roster keeps that record as
 * it is, neither creating, updating nor removing it. Rows whose `sourcedId` is invalid
 * or repeats an earlier row's are not written at all.
 */
export const NormalisedColumns = {
  orgs: [
    "sourcedId",
    "status",
    "dateLastModified",
    "name",
    "type",
    "identifier",
    "parentSourcedId",
    "metadata",
  ],
  academicSessions: [
    "sourcedId",
    "status",
    "dateLastModified",
    "title",
    "type",
    "startDate",
    "endDate",
    "parentSourcedId",
    "schoolYear",
    "metadata",
  ],
  users: [
    "sourcedId",
    "status",
    "dateLastModified",
    "enabledUser",
    "orgSourcedIds",
    "role",
    "username",
    "userIds",
    "givenName",
    "familyName",
    "middleName",
    "identifier",
    "email",
    "sms",
    "phone",
    "agentSourcedIds",
    "grades",
    "metadata",
  ],
  classes: [
    "sourcedId",
    "status",
    "dateLastModified",
    "title",
    "grades",
    "courseSourcedId",
    "classCode",
    "classType",
    "location",
    "schoolSourcedId",
    "termSourcedIds",
    "subjects",
    "subjectCodes",
    "periods",
    "metadata",
  ],
  enrollments: [
    "sourcedId",
    "status",
    "dateLastModified",
    "classSourcedId",
    "schoolSourcedId",
    "userSourcedId",
    "role",
    "primary",
    "beginDate",
    "endDate",
    "metadata",
  ],
} as const satisfies Record<RosterEntity, readonly string[]>
