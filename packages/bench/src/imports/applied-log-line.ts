import { readFile } from "node:fs/promises"
import { waitFor } from "@homeroom/testing"

/** The roster's "import applied" log line: written right after the commit. */
export interface AppliedLogLine {
  /** When it was written, epoch milliseconds. */
  readonly at: number
  readonly phasesMs: Readonly<Record<string, number>>
}

/** Finds the roster's "import applied" line of an import in its log file. */
export async function findAppliedLogLine(
  logPath: string,
  importId: string,
): Promise<AppliedLogLine> {
  return waitFor(
    async () => {
      const text = await readFile(logPath, "utf8")
      for (const line of text.split("\n")) {
        if (!line.includes('"import applied"') || !line.includes(importId)) continue
        const parsed = JSON.parse(line) as {
          time: string
          importId: string
          phasesMs: Record<string, number>
        }
        if (parsed.importId !== importId) continue
        return { at: Date.parse(parsed.time), phasesMs: parsed.phasesMs }
      }
      return null
    },
    { timeoutMs: 10_000, what: `the roster to log import ${importId} as applied` },
  )
}
