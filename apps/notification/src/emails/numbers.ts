const Counts = new Intl.NumberFormat("en-US")

/** Shown where a percentage has no base, such as removals from an empty roster. */
export const NoPercentage = "—"

/** A count as administrators read it: `523,957`. */
export function formatCount(count: number): string {
  return Counts.format(count)
}

/** `part` as a percentage of `whole` with one decimal, or a dash when `whole` is 0. */
export function formatPercent(part: number, whole: number): string {
  const ratio = (part / whole) * 100
  if (whole <= 0 || !Number.isFinite(ratio)) return NoPercentage

  return `${ratio.toFixed(1)}%`
}

/** A count followed by its percentage of `whole`: `12 (2.5%)`. */
export function formatShare(count: number, whole: number): string {
  return `${formatCount(count)} (${formatPercent(count, whole)})`
}

/** A moment in UTC, to the second: `2026-03-02 14:05:09 UTC`. */
export function formatMoment(moment: Date): string {
  return `${moment.toISOString().slice(0, 19).replace("T", " ")} UTC`
}

/** A percentage already rounded to one decimal, such as a threshold figure: `35.0%`. */
export function formatPercentage(percent: number): string {
  return `${percent.toFixed(1)}%`
}

const Limits = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 })

/** A percentage limit as a district set it: `10%`, `2.5%`. */
export function formatLimitPercent(percent: number): string {
  return `${Limits.format(percent)}%`
}
