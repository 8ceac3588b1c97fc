import { RecordNouns } from "../records/record-nouns.js"
import type { Row } from "../rows/row.js"
import type { RowRule } from "./row-rule.js"

/** The most ids a cycle message lists before it is cut short. */
const maxListed = 6

/**
 * An org or academic session is not its own ancestor. A row naming itself is reported
 * at once. A longer loop can only be seen once the whole file is read: its rows wait
 * for rows further down, so the main reading links them, `ParentLinks.closeCycles`
 * finds the loops, and the recheck reports an error on every row of each loop (no row
 * of a loop is more to blame than another).
 */
export const parentCycle: RowRule = (row, context) => {
  const sourcedId = row.value("sourcedId")
  const parent = row.value("parentSourcedId")
  if (sourcedId === null || parent === null) return

  const noun = RecordNouns[context.file]
  if (parent === sourcedId) {
    reportSelfParent(row, noun)
    return
  }

  const links = context.roster.parentLinks(context.file)
  if (context.pass === "main") {
    if (!row.hasError && row.awaited?.includes(parent)) links.link(sourcedId, parent)
    return
  }

  const cycle = links.cycleFrom(sourcedId)
  if (cycle !== undefined) reportCycle(row, noun, cycle)
}

function reportSelfParent(row: Row, noun: string): void {
  const message =
    `parentSourcedId names this ${noun} itself; ${withArticle(noun)} cannot be its own ` +
    "parent."

  row.report(
    "HR_VAL_PARENT_CYCLE",
    "parentSourcedId",
    row.value("parentSourcedId"),
    message,
  )
}

function reportCycle(row: Row, noun: string, cycle: readonly string[]): void {
  const shown = cycle.length > maxListed ? [...cycle.slice(0, maxListed), "…"] : cycle
  const path = [...shown, cycle[0]].join(" → ")
  const message =
    `The parents of this ${noun} lead back to it (${path}); ${withArticle(noun)} ` +
    "cannot be its own ancestor. Correct parentSourcedId on one of these rows."

  row.report(
    "HR_VAL_PARENT_CYCLE",
    "parentSourcedId",
    row.value("parentSourcedId"),
    message,
  )
}

/** "an org", "an academic session": both nouns start with a vowel sound. */
function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`
}
