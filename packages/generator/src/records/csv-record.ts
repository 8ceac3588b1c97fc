import type { HeaderOf, RequiredFileName } from "@homeroom/contracts"

/** One data row of a bundle file, every column by its header name. */
export type CsvRecord<F extends RequiredFileName> = Readonly<Record<HeaderOf<F>, string>>

/** The blank columns of every row of a bulk file: the specification wants them empty. */
export const BulkColumns = { status: "", dateLastModified: "" } as const

/** A list column's value; the CSV writer quotes it when it holds more than one item. */
export function listOf(items: readonly string[]): string {
  return items.join(",")
}
