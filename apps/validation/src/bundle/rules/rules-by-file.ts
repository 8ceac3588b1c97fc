import type { ReadFileName } from "../zip/locate-files.js"
import { countTeacher, expectTeacher } from "./class-teacher.js"
import { dateOrder } from "./date-order.js"
import { enrollmentRole } from "./enrollment-role.js"
import { parentCycle } from "./parent-cycle.js"
import { primaryTeacher } from "./primary-teacher.js"
import { resolveReferences } from "./resolve-references.js"
import type { RowRule } from "./row-rule.js"
import { schoolReference } from "./school-reference.js"
import { subjectCodesMatch } from "./subject-codes.js"
import { uniqueSourcedId } from "./unique-sourced-id.js"

/**
 * The rules each file's rows must keep, in the order they run. A new rule is a file
 * in this folder and an entry here. `parentCycle` and the teacher rules come last: they
 * take a row without an error by then as accepted, and `resolveReferences` tells
 * `parentCycle` whether the row waits for its parent.
 */
export const RulesByFile: Record<ReadFileName, readonly RowRule[]> = {
  "academicSessions.csv": [
    uniqueSourcedId,
    resolveReferences,
    dateOrder("startDate", "endDate"),
    parentCycle,
  ],
  "orgs.csv": [uniqueSourcedId, resolveReferences, parentCycle],
  "courses.csv": [uniqueSourcedId, resolveReferences, subjectCodesMatch],
  "users.csv": [uniqueSourcedId, resolveReferences],
  "classes.csv": [
    uniqueSourcedId,
    resolveReferences,
    schoolReference,
    subjectCodesMatch,
    expectTeacher,
  ],
  "enrollments.csv": [
    uniqueSourcedId,
    resolveReferences,
    schoolReference,
    dateOrder("beginDate", "endDate"),
    enrollmentRole,
    primaryTeacher,
    countTeacher,
  ],
}
