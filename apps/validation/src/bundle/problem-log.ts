import type { Problem } from "@homeroom/contracts"
import { createProblem } from "./problem.js"

/** Receives each problem as it is found; a returned promise is awaited first. */
export type ProblemListener = (problem: Problem) => void | Promise<void>

/** Anything problems can be reported to. */
export interface ProblemReporter {
  report(problem: Problem): void
}

/**
 * Counts every problem of a run and hands the first `maxListed` to the listener, in the
 * order found. Rows are checked synchronously, so problems queue here and `deliver`
 * awaits the listener between batches of rows.
 */
export class ProblemLog implements ProblemReporter {
  errorCount = 0
  warningCount = 0
  private listed = 0
  private unlisted = 0
  private queue: Problem[] = []

  constructor(
    private readonly listener: ProblemListener,
    private readonly maxListed: number,
  ) {}

  /** Counts a problem and queues it for the listener while the list has room. */
  report(problem: Problem): void {
    this.count(problem)

    if (this.listed >= this.maxListed) {
      this.unlisted += 1
      return
    }

    this.listed += 1
    this.queue.push(problem)
  }

  /** Counts and queues a problem that must be listed whatever the limit: a fatal one. */
  reportAlways(problem: Problem): void {
    this.count(problem)
    this.queue.push(problem)
  }

  /** Passes queued problems to the listener, awaiting it when it returns a promise. */
  async deliver(): Promise<void> {
    const problems = this.queue
    this.queue = []

    for (const problem of problems) {
      const result = this.listener(problem)
      if (result !== undefined) await result
    }
  }

  /** Lists one last warning saying how many problems were counted but not listed. */
  async finish(): Promise<void> {
    if (this.unlisted > 0) this.queue.push(this.unlistedNotice())

    await this.deliver()
  }

  private count(problem: Problem): void {
    if (problem.severity === "error") this.errorCount += 1
    else this.warningCount += 1
  }

  private unlistedNotice(): Problem {
    const message =
      `${this.unlisted} more problems were found than the ${this.maxListed} listed; ` +
      "fix the problems listed and upload again to see the rest."

    return createProblem("HR_VAL_TOO_MANY_PROBLEMS", {}, message)
  }
}
