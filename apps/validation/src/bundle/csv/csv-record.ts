/** A quoting slip in one field that the tokenizer read past. */
export interface CsvIrregularity {
  /**
   * `strayQuote`: a double quote inside an unquoted field, kept as text.
   * `textAfterQuote`: text between a closing quote and the next comma, appended.
   */
  readonly kind: "strayQuote" | "textAfterQuote"
  /** The field's position in the record, from 0. */
  readonly field: number
}

/** One CSV record, with the line it starts on as a text editor counts lines. */
export interface CsvRecord {
  readonly line: number
  readonly fields: string[]
  readonly irregularities: readonly CsvIrregularity[] | undefined
}

/** Bounds on what one record may hold, in UTF-16 code units. */
export interface CsvLimits {
  readonly maxRecordLength: number
  readonly maxFieldLength: number
}
