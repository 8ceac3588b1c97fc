import { EnrollmentRoles, UserRoles } from "@homeroom/contracts"
import Type, { type Static } from "typebox"

function literalUnion<const Values extends readonly string[]>(values: Values) {
  return Type.Union(values.map((value) => Type.Literal(value)))
}

const SourcedId = Type.String({ minLength: 1, maxLength: 255 })

const pageFields = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  status: Type.Optional(literalUnion(["active", "tobedeleted", "all"])),
}

/** `?limit&cursor&status` for lists without further filters. */
export const PageQuery = Type.Object(pageFields, { additionalProperties: false })

/** Users filtered by role and by an org they belong to. */
export const UserListQuery = Type.Object(
  {
    ...pageFields,
    role: Type.Optional(literalUnion(UserRoles)),
    school: Type.Optional(SourcedId),
  },
  { additionalProperties: false },
)

/** Classes filtered by school and by term. */
export const ClassListQuery = Type.Object(
  { ...pageFields, school: Type.Optional(SourcedId), term: Type.Optional(SourcedId) },
  { additionalProperties: false },
)

/** Enrollments filtered by class, user, school and role. */
export const EnrollmentListQuery = Type.Object(
  {
    ...pageFields,
    class: Type.Optional(SourcedId),
    user: Type.Optional(SourcedId),
    school: Type.Optional(SourcedId),
    role: Type.Optional(literalUnion(EnrollmentRoles)),
  },
  { additionalProperties: false },
)

/** `/{sourcedId}` of a record. */
export const SourcedIdParams = Type.Object({ sourcedId: SourcedId })

/** The paging part of a list query. */
export type PageQueryValues = Static<typeof PageQuery>
/** A users list query. */
export type UserListQueryValues = Static<typeof UserListQuery>
/** A classes list query. */
export type ClassListQueryValues = Static<typeof ClassListQuery>
/** An enrollments list query. */
export type EnrollmentListQueryValues = Static<typeof EnrollmentListQuery>
