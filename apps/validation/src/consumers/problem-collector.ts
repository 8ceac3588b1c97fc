import type { Problem } from "@homeroom/contracts"

/**
 * Keeps the first `limit` problems of a bundle for the import's report. A bundle can
 * hold millions of bad rows; past the limit problems are still counted by validation,
 * but not stored.
 */
export class ProblemCollector {
  readonly problems: Problem[] = []
  readonly #limit: number

  constructor(limit: number) {
    this.#limit = limit
  }

  add = (problem: Problem): void => {
    if (this.problems.length < this.#limit) this.problems.push(problem)
  }
}
