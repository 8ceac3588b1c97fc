/** Options of {@link waitFor}. */
export interface WaitOptions {
  readonly timeoutMs?: number
  readonly intervalMs?: number
  /** What is awaited, for the timeout message. */
  readonly what?: string
}

/**
 * Polls until `condition` returns a truthy value and returns it. Tests wait on facts,
 * never on fixed sleeps.
 */
export async function waitFor<Value>(
  condition: () => Value | Promise<Value>,
  options: WaitOptions = {},
): Promise<NonNullable<Value>> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000)
  let lastError: unknown
  while (Date.now() < deadline) {
    try {
      const value = await condition()
      if (value) return value as NonNullable<Value>
    } catch (error) {
      lastError = error
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 50))
  }
  const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : ""
  throw new Error(`Timed out waiting for ${options.what ?? "a condition"}${reason}`)
}
