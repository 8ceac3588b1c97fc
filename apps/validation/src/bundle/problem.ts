import type { Problem } from "@homeroom/contracts"
import { ProblemCatalogue, type ProblemCode } from "./problem-codes.js"

/** Where a problem sits in the bundle; every part is optional. */
export interface ProblemPlace {
  readonly file?: string | null
  readonly line?: number | null
  readonly column?: string | null
  readonly value?: string | null
}

const maxValueLength = 100

/** Columns whose values are never repeated in a problem. */
const SecretColumns: ReadonlySet<string> = new Set(["password"])

/** Builds a problem of the given code, its severity taken from the catalogue. */
export function createProblem(
  code: ProblemCode,
  place: ProblemPlace,
  message: string,
): Problem {
  const column = place.column ?? null

  return {
    severity: ProblemCatalogue[code].severity,
    code,
    file: place.file ?? null,
    line: place.line ?? null,
    column,
    value: column !== null && SecretColumns.has(column) ? null : shorten(place.value),
    message,
  }
}

/** Cuts a value for display, so one huge field cannot bloat the problem list. */
function shorten(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  if (value.length <= maxValueLength) return value

  return `${value.slice(0, maxValueLength - 1)}…`
}
