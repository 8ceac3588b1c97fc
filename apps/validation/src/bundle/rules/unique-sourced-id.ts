import type { RowRule } from "./row-rule.js"

/** Every sourcedId appears once in its file; later rows with it are errors. */
export const uniqueSourcedId: RowRule = (row, context) => {
  const sourcedId = row.value("sourcedId")
  if (sourcedId === null) return

  const firstLine = context.roster.prepare(context.file).register(sourcedId, row.line)
  if (firstLine === row.line) return

  const message =
    `This sourcedId already appears on line ${firstLine}; each sourcedId must be ` +
    `unique within ${context.file}.`
  row.report("HR_VAL_DUPLICATE_SOURCED_ID", "sourcedId", sourcedId, message)
}
