import { OrgTypes } from "@homeroom/contracts"
import type { RowRule } from "./row-rule.js"

/** `schoolSourcedId` names an org of type school, not a district or department. */
export const schoolReference: RowRule = (row, context) => {
  const sourcedId = row.value("schoolSourcedId")
  if (sourcedId === null) return

  const standing = context.roster.indexOf("orgs.csv")?.standing(sourcedId)
  if (standing?.status !== "accepted") return

  const type = OrgTypes[standing.kind]
  if (type === "school") return

  const message =
    `schoolSourcedId names an org of type ${type}; ` +
    "it must name an org of type school."
  row.report("HR_VAL_REFERENCE_NOT_SCHOOL", "schoolSourcedId", sourcedId, message)
}
