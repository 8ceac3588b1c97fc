import type { ReadFileName } from "../zip/locate-files.js"
import { dateOrder } from "./date-order.js"
import { resolveReferences } from "./resolve-references.js"
import type { RowRule } from "./row-rule.js"
import { schoolReference } from "./school-reference.js"
import { uniqueSourcedId } from "./unique-sourced-id.js"

/**
 * The rules each file's rows must keep, in the order they run. A new rule is a file
 * in this folder and an entry here.
 */
export const RulesByFile: Record<ReadFileName, readonly RowRule[]> = {
  "academicSessions.csv": [
    uniqueSourcedId,
    resolveReferences,
    dateOrder("startDate", "endDate"),
  ],
  "orgs.csv": [uniqueSourcedId, resolveReferences],
  "courses.csv": [uniqueSourcedId, resolveReferences],
  "users.csv": [uniqueSourcedId, resolveReferences],
  "classes.csv": [uniqueSourcedId, resolveReferences, schoolReference],
  "enrollments.csv": [
    uniqueSourcedId,
    resolveReferences,
    schoolReference,
    dateOrder("beginDate", "endDate"),
  ],
}
