/** How failed sign-ins are slowed down and locked out. */
export interface ThrottleSettings {
  /** Failures within the window that lock a key out. */
  readonly failureLimit: number
  /** How long a failure counts, and how long a lockout lasts. */
  readonly windowMs: number
  /** Added to the wait before answering, for each failure still counted. */
  readonly delayStepMs: number
}

/** What the throttle says about a sign-in attempt before it is checked. */
export interface ThrottleVerdict {
  readonly locked: boolean
  /** How long to wait before answering. */
  readonly delayMs: number
}

/** Keys beyond which expired entries are swept before another is added. */
const SweepThreshold = 1000

/**
 * Counts failed sign-ins per key (a remote address, a username) in memory. Each failure
 * makes the next answer to that key slower; `failureLimit` failures within the window
 * lock the key out for a window's length, during which every attempt is refused
 * unchecked. The counts live in this process only.
 */
export class LoginThrottle {
  readonly #settings: ThrottleSettings
  readonly #now: () => number
  readonly #failures = new Map<string, number[]>()
  readonly #lockedUntil = new Map<string, number>()

  constructor(settings: ThrottleSettings, now: () => number = Date.now) {
    this.#settings = settings
    this.#now = now
  }

  /** Whether any of `keys` is locked out, and how long to wait before answering. */
  assess(keys: readonly string[]): ThrottleVerdict {
    const locked = keys.some((key) => this.#isLocked(key))
    const counted = Math.max(0, ...keys.map((key) => this.#recentFailures(key).length))

    return { locked, delayMs: counted * this.#settings.delayStepMs }
  }

  /** Records a failure against each key; returns the keys this failure locked out. */
  recordFailure(keys: readonly string[]): string[] {
    if (this.#failures.size > SweepThreshold) this.#sweep()
    const now = this.#now()

    return keys.filter((key) => {
      const failures = [...this.#recentFailures(key), now]
      if (failures.length < this.#settings.failureLimit) {
        this.#failures.set(key, failures)
        return false
      }
      this.#failures.delete(key)
      this.#lockedUntil.set(key, now + this.#settings.windowMs)
      return true
    })
  }

  #isLocked(key: string): boolean {
    const until = this.#lockedUntil.get(key)
    if (until === undefined) return false
    if (until > this.#now()) return true

    this.#lockedUntil.delete(key)
    return false
  }

  #recentFailures(key: string): number[] {
    const since = this.#now() - this.#settings.windowMs
    return (this.#failures.get(key) ?? []).filter((at) => at > since)
  }

  #sweep() {
    for (const key of this.#failures.keys()) {
      if (this.#recentFailures(key).length === 0) this.#failures.delete(key)
    }
    for (const key of this.#lockedUntil.keys()) this.#isLocked(key)
  }
}
