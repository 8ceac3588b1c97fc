import type { Principal } from "./principal.js"

/** How long a token's principal is trusted without asking Postgres again. */
export const PrincipalTtlMs = 5_000

/** Most tokens remembered; the oldest entry makes room for a new one. */
const MaxEntries = 10_000

interface Entry {
  readonly principal: Principal | null
  readonly expiresAt: number
}

/**
 * Remembers, for a few seconds, which principal a token digest stands for, so a front
 * end's burst of reads does not look its token up on every request. The price is that
 * a revoked token keeps working for at most `PrincipalTtlMs` on each copy of a service.
 * Unknown tokens are remembered too, so a flood of bad tokens does not reach Postgres.
 */
export class PrincipalCache {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly now: () => number = Date.now) {}

  /** The remembered principal, null for a remembered unknown token, undefined if none. */
  get(digest: string): Principal | null | undefined {
    const entry = this.entries.get(digest)
    if (!entry) return undefined
    if (entry.expiresAt > this.now()) return entry.principal

    this.entries.delete(digest)
    return undefined
  }

  set(digest: string, principal: Principal | null): void {
    if (this.entries.size >= MaxEntries) {
      const oldest = this.entries.keys().next()
      if (!oldest.done) this.entries.delete(oldest.value)
    }
    this.entries.set(digest, { principal, expiresAt: this.now() + PrincipalTtlMs })
  }
}
