import type { Problem } from "@homeroom/contracts"
import {
  type ValidationLimits,
  type ValidationReport,
  validateBundle,
} from "../../src/bundle/index.js"
import { MemorySink } from "./memory-sink.js"
import { type BundleFiles, writeZip } from "./zip-bundle.js"

/** What one validation produced. */
export interface ValidationRun {
  readonly report: ValidationReport
  readonly problems: Problem[]
  readonly sink: MemorySink
}

/** Validates a zip at a path, collecting problems and normalised files in memory. */
export async function validatePath(
  path: string,
  limits?: Partial<ValidationLimits>,
): Promise<ValidationRun> {
  const problems: Problem[] = []
  const sink = new MemorySink()
  const report = await validateBundle(path, {
    normalised: sink,
    onProblem: (problem) => {
      problems.push(problem)
    },
    limits,
  })

  return { report, problems, sink }
}

/** Zips the files and validates them. */
export async function validateFiles(
  directory: string,
  files: BundleFiles,
  limits?: Partial<ValidationLimits>,
): Promise<ValidationRun> {
  return validatePath(await writeZip(directory, files), limits)
}
