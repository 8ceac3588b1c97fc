/**
 * Bounds that keep a hostile or broken bundle from exhausting memory, disk or time.
 * Record and field lengths are counted in UTF-16 code units after decoding, which is
 * never more than the byte count, so a limit in bytes holds.
 */
export interface ValidationLimits {
  /** Largest uncompressed size of one file that is read. */
  readonly maxEntryBytes: number
  /** Largest uncompressed size of all files that are read, together. */
  readonly maxTotalBytes: number
  /** Largest ratio of uncompressed to compressed size, for files of 1 MiB and more. */
  readonly maxCompressionRatio: number
  /** Longest record, including line breaks inside quoted fields. */
  readonly maxLineBytes: number
  /** Longest single field. */
  readonly maxFieldBytes: number
  /** Problems passed to `onProblem`; beyond it problems are only counted. */
  readonly maxStoredProblems: number
}

const mebibyte = 1024 * 1024

/**
 * Defaults sized from a large district (573 MB of CSV, compressed about 12 times), with
 * room to spare; deflate itself tops out near 1000 times, where zip bombs live. As many
 * problems are listed as the service stores by default, so none it would keep is lost.
 */
export const DefaultValidationLimits: ValidationLimits = {
  maxEntryBytes: 2048 * mebibyte,
  maxTotalBytes: 4096 * mebibyte,
  maxCompressionRatio: 200,
  maxLineBytes: mebibyte,
  maxFieldBytes: 64 * 1024,
  maxStoredProblems: 100_000,
}

/** The smallest file to which the compression ratio limit applies. */
export const RatioCheckMinimumBytes = mebibyte

/** The limits in force: the defaults, with the caller's overrides. */
export function resolveLimits(
  overrides: Partial<ValidationLimits> = {},
): ValidationLimits {
  return { ...DefaultValidationLimits, ...overrides }
}
