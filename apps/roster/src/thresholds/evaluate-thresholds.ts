import {
  type ChangeSummary,
  changesMeasured,
  type LogicalFileSummary,
  type Threshold,
  type ThresholdReached,
} from "@homeroom/contracts"

/** What thresholds are measured against: the comparison and what validation read. */
export interface ThresholdFigures {
  readonly changes: ChangeSummary
  readonly logicalFiles: readonly LogicalFileSummary[]
}

/** A reached threshold before its contributing schools are looked up. */
export type ReachedFigure = Omit<ThresholdReached, "schools">

/**
 * The thresholds an import reaches, in the order the district lists them. A limit is
 * reached when the value equals or exceeds it. The percentage is compared as
 * `value × 100 ≥ percent × base`, so a share exactly at the limit is never lost to
 * rounding, and it counts only when the base is at least the floor and not zero.
 */
export function evaluateThresholds(
  thresholds: readonly Threshold[],
  figures: ThresholdFigures,
): ReachedFigure[] {
  return thresholds.flatMap((threshold) => {
    const reached = reachedFigure(threshold, figures)
    return reached ? [reached] : []
  })
}

function reachedFigure(
  threshold: Threshold,
  figures: ThresholdFigures,
): ReachedFigure | null {
  const { value, base } = measure(threshold, figures)
  const reachedBy: ("count" | "percent")[] = []
  if (threshold.count !== undefined && value >= threshold.count) reachedBy.push("count")
  if (percentReached(threshold, value, base)) reachedBy.push("percent")
  if (reachedBy.length === 0) return null

  return { threshold, value, base, percent: percentOf(value, base), reachedBy }
}

function measure(
  threshold: Threshold,
  figures: ThresholdFigures,
): { value: number; base: number } {
  if (threshold.measure === "errors") {
    const file = figures.logicalFiles.find((summary) => summary.kind === threshold.kind)
    return { value: file?.rowsWithErrors ?? 0, base: file?.rowsRead ?? 0 }
  }

  const counts = figures.changes[threshold.kind]
  const value = changesMeasured(threshold.measure).reduce(
    (total, change) => total + counts[change],
    0,
  )
  return { value, base: counts.existing }
}

function percentReached(threshold: Threshold, value: number, base: number): boolean {
  if (threshold.percent === undefined || base === 0) return false
  if (base < (threshold.floor ?? 0)) return false
  return value * 100 >= threshold.percent * base
}

/** The share shown to administrators, to one decimal place. */
function percentOf(value: number, base: number): number | null {
  if (base === 0) return null
  return Math.round((value / base) * 1000) / 10
}
