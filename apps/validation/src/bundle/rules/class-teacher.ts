import { classLineOf } from "./primary-teacher.js"
import type { RowRule } from "./row-rule.js"

/**
 * Notes each accepted, active class, which should get a teacher. It runs last among
 * the rules of classes.csv: a row without an error by then is accepted.
 */
export const expectTeacher: RowRule = (row, context) => {
  if (row.hasError || row.value("status") === "tobedeleted") return

  context.roster.teaching.expectTeacher(row.line)
}

/**
 * Notes each accepted, active teacher enrollment against its class; classes left
 * without one are reported once enrollments.csv is read (`reportUntaughtClasses`).
 * It runs last among the rules of enrollments.csv, so that a row without an error by
 * then is accepted.
 */
export const countTeacher: RowRule = (row, context) => {
  if (row.hasError || row.value("role") !== "teacher") return
  if (row.value("status") === "tobedeleted") return

  context.roster.teaching.noteTeacher(classLineOf(row, context))
}
