/**
 * Times the phases of a long piece of work, for the log line that ends it: operators
 * see where an import spent its time without a profiler.
 */
export class PhaseClock {
  private last = performance.now()
  private readonly phases: Record<string, number> = {}

  /** Ends the current phase under `name`. */
  mark(name: string) {
    const now = performance.now()
    this.phases[name] = Math.round(now - this.last)
    this.last = now
  }

  /** Ends the last phase and returns every phase's milliseconds. */
  finish(name: string): Record<string, number> {
    this.mark(name)
    return { ...this.phases }
  }
}
