/** One dependency the service needs in order to do its work. */
export interface ReadinessCheck {
  /** Shown in the readiness answer, such as `postgres` or `nats`. */
  readonly name: string
  /** Resolves when the dependency answers; rejects with the reason otherwise. */
  readonly check: () => Promise<void>
}

/** What a readiness probe answers. */
export interface ReadinessReport {
  readonly status: "ready" | "unavailable"
  readonly checks: Record<string, { status: "up" | "down"; reason?: string }>
}

/** Runs every check at once, each bounded by `timeoutMs`, and reports them all. */
export async function checkReadiness(
  checks: readonly ReadinessCheck[],
  timeoutMs: number,
): Promise<ReadinessReport> {
  const results = await Promise.all(checks.map((entry) => runCheck(entry, timeoutMs)))
  const all = Object.fromEntries(results)
  const ready = results.every(([, result]) => result.status === "up")
  return { status: ready ? "ready" : "unavailable", checks: all }
}

async function runCheck(entry: ReadinessCheck, timeoutMs: number) {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    )
  })

  try {
    await Promise.race([entry.check(), timeout])
    return [entry.name, { status: "up" as const }] as const
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return [entry.name, { status: "down" as const, reason }] as const
  } finally {
    clearTimeout(timer)
  }
}
