import { describe, expect, it } from "vitest"
import { waitFor } from "../src/index.js"

describe("waitFor", () => {
  it("returns the first truthy value the condition gives", async () => {
    let calls = 0
    const value = await waitFor(() => (++calls === 3 ? { calls } : null), {
      intervalMs: 1,
    })
    expect(value).toEqual({ calls: 3 })
  })

  it("names what it waited for, and the last error, when time runs out", async () => {
    const waiting = waitFor(
      () => {
        throw new Error("not yet")
      },
      { timeoutMs: 30, intervalMs: 5, what: "the import to be applied" },
    )
    await expect(waiting).rejects.toThrow(
      "Timed out waiting for the import to be applied (last error: not yet)",
    )
  })
})
