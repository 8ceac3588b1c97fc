import type { RecordKind, RosterEntity } from "@homeroom/contracts"

/**
 * SQL for the kind a record is counted as: its entity, except that enrollments are
 * split by role, students on one side and every other role (teachers, administrators,
 * proctors) on the other. `role` is SQL for the enrollment's role.
 */
export function recordKindSql(entity: RosterEntity, role: string): string {
  if (entity !== "enrollments") return `'${entity}'`
  return `case when ${role} = 'student' then 'studentEnrollments' else 'teacherEnrollments' end`
}

/** The kinds of record each entity is counted as. */
export const KindsOfEntity = {
  orgs: ["orgs"],
  academicSessions: ["academicSessions"],
  users: ["users"],
  classes: ["classes"],
  enrollments: ["teacherEnrollments", "studentEnrollments"],
} as const satisfies Record<RosterEntity, readonly RecordKind[]>
