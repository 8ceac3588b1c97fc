import type { HeaderOf, RequiredFileName } from "@homeroom/contracts"

/**
 * One data row of a bundle file, every column by its header name. Rows are bulk rows:
 * `status` and `dateLastModified` stay blank, as the specification requires.
 *
 * Builders write each row as one object literal: spreading shared fields into
 * millions of rows made V8 fall back to slow dictionary objects, five times slower.
 */
export type CsvRecord<F extends RequiredFileName> = Readonly<Record<HeaderOf<F>, string>>

/** A list column's value; the CSV writer quotes it when it holds more than one item. */
export function listOf(items: readonly string[]): string {
  return items.join(",")
}
