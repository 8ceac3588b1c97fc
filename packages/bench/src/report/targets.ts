import type { ImportScenario, SizeResult, TargetCheck } from "./result.js"

const MaximumFloorRatio: Readonly<Record<ImportScenario, number>> = {
  first: 2,
  unchanged: 0.5,
  nextDay: 1,
}

const ServiceMemoryLimitMiB = 512
const ClassDetailMinimumRatio = 0.7
const ClassDetailMaximumP99Ms = 20

/**
 * Holds the largest size measured against the platform's targets. They are reported,
 * never asserted: a miss is a finding, not a failed run.
 */
export function checkTargets(sizes: readonly SizeResult[]): TargetCheck[] {
  const largest = sizes.at(-1)
  if (!largest) return []
  const label = (text: string) => `${largest.size}: ${text}`
  const checks: TargetCheck[] = largest.imports.map((result) => ({
    target: label(
      `${result.scenario} import ≤ ${MaximumFloorRatio[result.scenario]}× floor`,
    ),
    measured: `${result.floorRatio}×`,
    met: result.floorRatio <= MaximumFloorRatio[result.scenario],
  }))

  for (const [service, peak] of Object.entries(largest.peakRssMiB)) {
    checks.push({
      target: label(`${service} < ${ServiceMemoryLimitMiB} MiB RSS`),
      measured: `${Math.round(peak)} MiB`,
      met: peak < ServiceMemoryLimitMiB,
    })
  }

  const classDetail = largest.reads.find((read) => read.route === "classDetail")
  if (classDetail) {
    checks.push(
      {
        target: label(
          `class detail ≥ ${ClassDetailMinimumRatio * 100}% of floor throughput`,
        ),
        measured: `${Math.round(classDetail.throughputRatio * 100)}%`,
        met: classDetail.throughputRatio >= ClassDetailMinimumRatio,
      },
      {
        target: label(`class detail p99 < ${ClassDetailMaximumP99Ms} ms`),
        measured: `${classDetail.roster.p99Ms} ms`,
        met: classDetail.roster.p99Ms < ClassDetailMaximumP99Ms,
      },
    )
  }
  return checks
}
