import type { RecordKind } from "@homeroom/contracts"

/** Each kind of record as administrators name it, at the start of a line. */
export const KindLabels = {
  orgs: "Orgs",
  academicSessions: "Academic sessions",
  users: "Users",
  classes: "Classes",
  teacherEnrollments: "Teacher enrollments",
  studentEnrollments: "Student enrollments",
} as const satisfies Record<RecordKind, string>
