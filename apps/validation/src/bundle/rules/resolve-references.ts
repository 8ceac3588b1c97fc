import type { ColumnSpec, OneRosterFileName } from "@homeroom/contracts"
import type { RecordIndex } from "../records/record-index.js"
import { RecordNouns } from "../records/record-nouns.js"
import type { Row } from "../rows/row.js"
import type { RowRule, RuleContext } from "./row-rule.js"

/** A column holding references, and the file they point into. */
interface ReferenceColumn {
  readonly column: ColumnSpec
  readonly target: OneRosterFileName
}

const referenceColumnsCache = new WeakMap<
  readonly ColumnSpec[],
  readonly ReferenceColumn[]
>()

function referenceColumns(columns: readonly ColumnSpec[]): readonly ReferenceColumn[] {
  let found = referenceColumnsCache.get(columns)
  if (found === undefined) {
    found = columns.flatMap((column) => {
      return column.references === undefined
        ? []
        : [{ column, target: column.references }]
    })
    referenceColumnsCache.set(columns, found)
  }

  return found
}

/**
 * Every reference names an accepted row of its file. A row left out for an error
 * leaves out the rows that refer to it, so an import never holds a dangling link.
 * `courseSourcedId` is only resolved when the bundle carries `courses.csv`.
 *
 * Within its own file a row may name a row further down (a student listing a guardian
 * below): during the main reading such a row waits instead of failing.
 */
export const resolveReferences: RowRule = (row, context) => {
  for (const reference of referenceColumns(context.columns)) {
    const value = row.value(reference.column.name)
    const index = context.roster.indexOf(reference.target)
    if (value === null || index === undefined) continue

    if (reference.column.format !== "guidReferenceList") {
      checkReference(row, reference, index, context, value)
      continue
    }

    for (const sourcedId of value.split(",")) {
      checkReference(row, reference, index, context, sourcedId)
    }
  }
}

function checkReference(
  row: Row,
  { column, target }: ReferenceColumn,
  index: RecordIndex,
  context: RuleContext,
  sourcedId: string,
): void {
  const standing = index.standing(sourcedId)
  if (standing?.status === "accepted") return

  const sameFile = target === context.file
  // A row naming itself as its parent, or on a loop of parents, is a cycle, which is
  // another rule's concern.
  if (sameFile && isOnCycle(row, context, sourcedId)) return

  if (sameFile && context.pass === "main" && standing?.status !== "rejected") {
    row.await(sourcedId)
  } else if (standing === undefined) {
    const message =
      `No row of ${target} has this sourcedId; ${column.name} must name a ` +
      `${RecordNouns[target]} of the bundle.`
    row.report("HR_VAL_UNKNOWN_REFERENCE", column.name, sourcedId, message)
  } else {
    const message =
      `The ${RecordNouns[target]} this names has errors in ${target} and was left out, ` +
      "so this row is left out too."
    row.report("HR_VAL_REFERENCED_ROW_REJECTED", column.name, sourcedId, message)
  }
}

function isOnCycle(row: Row, context: RuleContext, target: string): boolean {
  const sourcedId = row.value("sourcedId")
  if (sourcedId === null) return false

  return (
    target === sourcedId || context.roster.parentLinks(context.file).isOnCycle(sourcedId)
  )
}
