import type { Problem } from "@homeroom/contracts"

/** Where a problem sits: file, line, column and value, any of them null. */
type Place = [
  file: string | null,
  line: number | null,
  column: string | null,
  value: string | null,
]

/** An expected error problem. */
export function error(code: string, place: Place, message: string): Problem {
  const [file, line, column, value] = place
  return { severity: "error", code, file, line, column, value, message }
}

/** An expected warning problem. */
export function warning(code: string, place: Place, message: string): Problem {
  const [file, line, column, value] = place
  return { severity: "warning", code, file, line, column, value, message }
}
