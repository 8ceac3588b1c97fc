import type { Threshold, ThresholdReached } from "@homeroom/contracts"
import { KindLabels } from "./kind-labels.js"
import { formatCount, formatLimitPercent, formatPercentage } from "./numbers.js"

/**
 * A reached threshold in one line, the figure that reached it first and the limits
 * after: `Users removed: 35 of 100 existing (35.0%), limit 10% (applies from 50
 * existing)`.
 */
export function describeThresholdReached(reached: ThresholdReached): string {
  const name = thresholdName(reached.threshold)
  return `${name}: ${describeFigure(reached)}, ${describeLimits(reached)}`
}

/** What a threshold measures: `Users removed`, `Rows with errors in classes`. */
export function thresholdName(threshold: Threshold): string {
  const label = KindLabels[threshold.kind]
  if (threshold.measure === "errors") return `Rows with errors in ${label.toLowerCase()}`
  if (threshold.measure === "changed") return `${label} created, updated or removed`
  return `${label} ${threshold.measure}`
}

/** What a threshold's percentage is of: the existing records, or the rows read. */
function baseName(threshold: Threshold): string {
  return threshold.measure === "errors" ? "rows read" : "existing"
}

function describeFigure(reached: ThresholdReached): string {
  const base = `${formatCount(reached.base)} ${baseName(reached.threshold)}`
  const figure = `${formatCount(reached.value)} of ${base}`
  return reached.percent === null
    ? figure
    : `${figure} (${formatPercentage(reached.percent)})`
}

function describeLimits(reached: ThresholdReached): string {
  const { count, percent } = reached.threshold
  if (count !== undefined && percent !== undefined) {
    const floor = describeFloor(reached.threshold, "the percentage applies")
    const limits = `limits ${formatCount(count)} or ${formatLimitPercent(percent)}${floor}`
    return `${limits}, reached by ${describeReachedBy(reached.reachedBy)}`
  }
  if (count !== undefined) return `limit ${formatCount(count)}`
  return `limit ${formatLimitPercent(percent ?? 0)}${describeFloor(reached.threshold, "applies")}`
}

function describeFloor(threshold: Threshold, applies: string): string {
  if (!threshold.floor) return ""
  return ` (${applies} from ${formatCount(threshold.floor)} ${baseName(threshold)})`
}

function describeReachedBy(reachedBy: ThresholdReached["reachedBy"]): string {
  if (reachedBy.length > 1) return "both"
  return reachedBy[0] === "count" ? "the count" : "the percentage"
}
