import type { Problem } from "@homeroom/contracts"
import type { Entry } from "yauzl"
import { FatalProblem } from "../fatal-problem.js"
import { RatioCheckMinimumBytes, type ValidationLimits } from "../limits.js"
import { createProblem } from "../problem.js"
import type { ZipEntry } from "./open-zip.js"

const deflate = 8
const stored = 0

/**
 * Refuses files that would expand beyond the limits, before any is inflated. The sizes
 * come from the central directory; yauzl checks while inflating that the data matches
 * them, so a file cannot lie its way past these checks.
 */
export function checkEntries(
  files: ReadonlyMap<string, ZipEntry>,
  limits: ValidationLimits,
): void {
  const entries = [...files]
  const problems = entries.flatMap(([file, { entry }]) => checkEntry(file, entry, limits))
  const total = entries.reduce((sum, [, { entry }]) => sum + entry.uncompressedSize, 0)

  if (total > limits.maxTotalBytes) problems.push(totalTooLarge(total, limits))
  if (problems.length > 0) throw new FatalProblem(problems)
}

function checkEntry(file: string, entry: Entry, limits: ValidationLimits): Problem[] {
  if (entry.isEncrypted() || ![deflate, stored].includes(entry.compressionMethod)) {
    return [unsupported(file)]
  }

  if (entry.uncompressedSize > limits.maxEntryBytes) {
    return [bomb(file, `expands to ${entry.uncompressedSize} bytes`, limits)]
  }

  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1)
  if (
    entry.uncompressedSize >= RatioCheckMinimumBytes &&
    ratio > limits.maxCompressionRatio
  ) {
    return [bomb(file, `is compressed ${Math.round(ratio)} times`, limits)]
  }

  return []
}

function bomb(file: string, finding: string, limits: ValidationLimits): Problem {
  const message =
    `${file} ${finding}, beyond any real roster (limits: ${limits.maxEntryBytes} bytes ` +
    `a file, ${limits.maxCompressionRatio} times compression); it was not read.`

  return createProblem("HR_VAL_ZIP_BOMB", { file }, message)
}

function totalTooLarge(total: number, limits: ValidationLimits): Problem {
  const message =
    `The files expand to ${total} bytes together, beyond the limit of ` +
    `${limits.maxTotalBytes} bytes; they were not read.`

  return createProblem("HR_VAL_ZIP_BOMB", {}, message)
}

function unsupported(file: string): Problem {
  const message =
    `${file} is encrypted or uses a compression method other than deflate; ` +
    "zip the files without a password, with standard compression."

  return createProblem("HR_VAL_UNSUPPORTED_ENTRY", { file }, message)
}
