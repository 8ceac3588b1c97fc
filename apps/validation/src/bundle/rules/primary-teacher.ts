import type { Row } from "../rows/row.js"
import type { RowRule, RuleContext } from "./row-rule.js"

/**
 * A class has at most one primary teacher: `primary=true` on a second teacher
 * enrollment of a class is an error, and on an enrollment that is not a teacher's, a
 * warning (the specification applies the flag only to teachers). Enrollments with
 * errors, and those being removed (`tobedeleted`), claim nothing.
 */
export const primaryTeacher: RowRule = (row, context) => {
  if (row.hasError || row.value("primary") !== "true") return
  if (row.value("status") === "tobedeleted") return

  const role = row.value("role")
  if (role !== "teacher") {
    reportNotTeacher(row, role)
    return
  }

  const classLine = classLineOf(row, context)
  const holder = context.roster.teaching.claimPrimary(classLine, row.line)
  if (holder !== row.line) reportSecondPrimary(row, holder)
}

/** The line of the enrollment's class in classes.csv; a row without errors has one. */
export function classLineOf(row: Row, context: RuleContext): number {
  const classSourcedId = row.value("classSourcedId") ?? ""

  return context.roster.indexOf("classes.csv")?.firstLine(classSourcedId) ?? 0
}

function reportNotTeacher(row: Row, role: string | null): void {
  const message =
    `primary=true applies only to teacher enrollments; this enrollment's role is ${role}. ` +
    "It was kept as given."

  row.report("HR_VAL_PRIMARY_NOT_TEACHER", "primary", "true", message)
}

function reportSecondPrimary(row: Row, holder: number): void {
  const message =
    `The class already has a primary teacher (line ${holder}); at most one teacher ` +
    "enrollment of a class may have primary=true."

  row.report("HR_VAL_SECOND_PRIMARY_TEACHER", "primary", "true", message)
}
