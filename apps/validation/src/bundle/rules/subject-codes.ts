import type { RowRule } from "./row-rule.js"

/**
 * `subjects` and `subjectCodes`, when both are given, list the same number of items:
 * each code belongs to the subject at the same position.
 */
export const subjectCodesMatch: RowRule = (row) => {
  const subjects = row.value("subjects")
  const codes = row.value("subjectCodes")
  if (subjects === null || codes === null) return

  const subjectCount = countItems(subjects)
  const codeCount = countItems(codes)
  if (subjectCount === codeCount) return

  const message =
    `subjects lists ${items(subjectCount)} and subjectCodes ${codeCount}; when both ` +
    "are given, each subject needs its code, in the same order."
  row.report("HR_VAL_SUBJECT_CODES_COUNT", "subjectCodes", codes, message)
}

function items(count: number): string {
  return count === 1 ? "1 item" : `${count} items`
}

/** Items of a list as the list reader normalised it: joined by bare commas. */
function countItems(list: string): number {
  return list.split(",").length
}
