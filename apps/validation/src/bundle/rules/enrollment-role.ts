import { UserRoles } from "@homeroom/contracts"
import type { RowRule } from "./row-rule.js"

/**
 * An enrollment's role agrees with its user's role in users.csv: a student enrollment
 * names a student, and any other enrollment a user who is not a student. Exports that
 * mix them up usually hold a wrong role in one of the two files, so this is a warning
 * and the row is kept.
 */
export const enrollmentRole: RowRule = (row, context) => {
  const role = row.value("role")
  const userSourcedId = row.value("userSourcedId")
  if (role === null || userSourcedId === null) return

  const standing = context.roster.indexOf("users.csv")?.standing(userSourcedId)
  if (standing?.status !== "accepted") return

  const userRole = UserRoles[standing.kind]
  if ((role === "student") === (userRole === "student")) return

  const message =
    `The enrollment's role is ${role}, but users.csv gives this user the role ` +
    `${userRole}; correct the role in one of the two files.`
  row.report("HR_VAL_ENROLLMENT_ROLE_MISMATCH", "role", role, message)
}
