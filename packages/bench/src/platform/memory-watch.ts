import type { ServiceName } from "../report/result.js"
import { readResidentMemory, resetPeakMemory } from "./memory.js"

const SampleIntervalMs = 250

/** Watches the services' resident memory over one scenario. */
export interface MemoryWatch {
  /** Stops watching and returns each service's peak, in MiB. */
  readonly finish: () => Promise<Record<ServiceName, number>>
  /** Stops sampling without a result, as when the scenario failed. */
  readonly stop: () => void
}

/**
 * Resets each service's high-water mark and samples VmRSS every 250 ms. The peak is the
 * kernel's mark where it could be reset, which no sample can miss; otherwise the highest
 * sample.
 */
export async function watchMemory(
  pids: Readonly<Record<ServiceName, number>>,
): Promise<MemoryWatch> {
  const services = Object.entries(pids) as Array<[ServiceName, number]>
  const reset = new Map<ServiceName, boolean>()
  const sampled = new Map<ServiceName, number>()
  for (const [name, pid] of services) reset.set(name, await resetPeakMemory(pid))

  const sample = async () => {
    for (const [name, pid] of services) {
      const { rssMiB } = await readResidentMemory(pid)
      sampled.set(name, Math.max(sampled.get(name) ?? 0, rssMiB))
    }
  }
  await sample()
  const timer = setInterval(() => void sample().catch(() => {}), SampleIntervalMs)

  return {
    stop: () => clearInterval(timer),
    async finish() {
      clearInterval(timer)
      await sample()
      const peaks = {} as Record<ServiceName, number>
      for (const [name, pid] of services) {
        const { peakRssMiB } = await readResidentMemory(pid)
        peaks[name] = reset.get(name) ? peakRssMiB : (sampled.get(name) ?? 0)
      }
      return peaks
    },
  }
}
