import { eq, type SQL, sql } from "drizzle-orm"
import { classes, classTerms, enrollments, userOrgs, users } from "../db/schema/index.js"
import type {
  ClassListQueryValues,
  EnrollmentListQueryValues,
  UserListQueryValues,
} from "../routes/list-queries.js"
import type { LinkFilter } from "./list-records.js"

/** A list request's filters: conditions on the entity, and maybe a link to follow. */
export interface ListFilters {
  readonly conditions: SQL[]
  readonly link?: LinkFilter
}

/** Users by role, and by an org they belong to (`school`) through `user_orgs`. */
export function userFilters(query: UserListQueryValues): ListFilters {
  const conditions: SQL[] = []
  if (query.role) conditions.push(eq(users.role, query.role))
  if (!query.school) return { conditions }

  const link = {
    table: userOrgs,
    districtId: userOrgs.districtId,
    owner: userOrgs.userSourcedId,
    target: userOrgs.orgSourcedId,
    value: query.school,
  }
  return { conditions, link }
}

/** Classes by school, and by term through `class_terms`. */
export function classFilters(query: ClassListQueryValues): ListFilters {
  const conditions: SQL[] = []
  if (query.school) conditions.push(eq(classes.schoolSourcedId, query.school))
  if (!query.term) return { conditions }

  const link = {
    table: classTerms,
    districtId: classTerms.districtId,
    owner: classTerms.classSourcedId,
    target: classTerms.termSourcedId,
    value: query.term,
  }
  return { conditions, link }
}

/**
 * Enrollments by class, user, school and role. For any role but student the literal
 * `role <> 'student'` is added, so the planner can use the partial index of staff
 * enrollments; students, most rows, are read in key order.
 */
export function enrollmentFilters(query: EnrollmentListQueryValues): ListFilters {
  const conditions: SQL[] = []
  if (query.class) conditions.push(eq(enrollments.classSourcedId, query.class))
  if (query.user) conditions.push(eq(enrollments.userSourcedId, query.user))
  if (query.school) conditions.push(eq(enrollments.schoolSourcedId, query.school))
  if (query.role) conditions.push(eq(enrollments.role, query.role))
  if (query.role && query.role !== "student") {
    conditions.push(sql`${enrollments.role} <> 'student'`)
  }
  return { conditions }
}
