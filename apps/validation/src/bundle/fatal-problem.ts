import type { Problem } from "@homeroom/contracts"

/**
 * Thrown when the bundle cannot be imported at all. It carries the problems to report;
 * `validateBundle` catches it and turns it into a rejected report.
 */
export class FatalProblem extends Error {
  readonly problems: readonly Problem[]

  constructor(problems: readonly Problem[]) {
    super(problems[0]?.message ?? "The bundle was rejected")
    this.name = "FatalProblem"
    this.problems = problems
  }
}
