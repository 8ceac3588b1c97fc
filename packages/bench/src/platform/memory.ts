import { readFile, writeFile } from "node:fs/promises"

/** A process's resident memory, as the kernel reports it, in MiB. */
export interface ResidentMemory {
  readonly rssMiB: number
  /** The high-water mark since the process started or its mark was last reset. */
  readonly peakRssMiB: number
}

/** Reads VmRSS and VmHWM from `/proc/<pid>/status`. */
export async function readResidentMemory(pid: number): Promise<ResidentMemory> {
  const status = await readFile(`/proc/${pid}/status`, "utf8")
  return {
    rssMiB: kibibytes(status, "VmRSS") / 1024,
    peakRssMiB: kibibytes(status, "VmHWM") / 1024,
  }
}

/**
 * Resets the process's high-water mark (writing 5 to `clear_refs`), so the next reading
 * gives the peak of one scenario alone. Returns false where the kernel refuses, and the
 * mark then counts from the process's start.
 */
export async function resetPeakMemory(pid: number): Promise<boolean> {
  try {
    await writeFile(`/proc/${pid}/clear_refs`, "5")
    return true
  } catch {
    return false
  }
}

function kibibytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, "m").exec(status)
  if (!match?.[1]) throw new Error(`/proc status has no ${field}`)
  return Number(match[1])
}
