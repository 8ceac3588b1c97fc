import {
  type ColumnFormat,
  type ColumnSpec,
  NormalisedColumns,
  type RosterEntity,
} from "@homeroom/contracts"
import type { MetadataColumn } from "../header/match-header.js"
import type { Row } from "../rows/row.js"
import { encodeCopyValue } from "./copy-csv.js"

/**
 * Formats whose checked values never hold a comma, quote or line break, so they are
 * written without the quoting test; millions of ids and dates skip it.
 */
const PlainFormats: ReadonlySet<ColumnFormat> = new Set([
  "guid",
  "guidReference",
  "enumeration",
  "boolean",
  "date",
  "dateTime",
  "year",
])

/** Where one normalised column's value comes from. */
interface Source {
  /** The position among the row's values; -1 for `metadata`. */
  readonly position: number
  readonly plain: boolean
}

/**
 * Turns an accepted row into a line of its normalised file, in the order of
 * `NormalisedColumns`: the checked values, and the `metadata.*` columns gathered into
 * one JSON object. Columns the normalised file lacks, such as `password`, are dropped.
 */
export class NormalisedShape {
  private readonly sources: readonly Source[]

  constructor(
    entity: RosterEntity,
    columns: readonly ColumnSpec[],
    private readonly metadata: readonly MetadataColumn[],
  ) {
    this.sources = NormalisedColumns[entity].map((name) => {
      const position = columns.findIndex((column) => column.name === name)
      const format = columns[position]?.format
      return { position, plain: format !== undefined && PlainFormats.has(format) }
    })
  }

  /** The line for a row; `fields` are the row's raw fields, for its metadata. */
  lineOf(row: Row, fields: readonly string[]): string {
    const encoded: string[] = []

    for (const { position, plain } of this.sources) {
      const value =
        position === -1 ? this.metadataOf(fields) : (row.values[position] ?? null)
      encoded.push(plain ? (value ?? "") : encodeCopyValue(value))
    }

    // join builds one flat string, which the stream turns into bytes far faster than
    // a long chain of concatenations.
    return `${encoded.join(",")}\n`
  }

  private metadataOf(fields: readonly string[]): string | null {
    const entries = this.metadata
      .map(({ position, key }) => [key, fields[position] ?? ""] as const)
      .filter(([, value]) => value.trim() !== "")

    return entries.length === 0 ? null : JSON.stringify(Object.fromEntries(entries))
  }
}
