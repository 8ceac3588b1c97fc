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

/**
 * The status of a line standing for a row left out for its errors: the roster keeps
 * its record exactly as it is, instead of reading it as gone from the export.
 */
export const HeldStatus = "held"

/**
 * The values a held line keeps besides its status: the sourcedId, and an enrollment's
 * role, so that it still counts as a teacher's or a student's enrollment.
 */
const HeldColumns: Record<RosterEntity, readonly string[]> = {
  orgs: ["sourcedId"],
  academicSessions: ["sourcedId"],
  users: ["sourcedId"],
  classes: ["sourcedId"],
  enrollments: ["sourcedId", "role"],
}

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
 * A row left out for its errors becomes a held line instead.
 */
export class NormalisedShape {
  private readonly sources: readonly Source[]
  /** For each normalised column of a held line: its value's position, or its text. */
  private readonly heldSources: readonly (number | string)[]

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
    this.heldSources = NormalisedColumns[entity].map((name, column) => {
      if (name === "status") return HeldStatus
      const kept = HeldColumns[entity].includes(name)
      return kept ? (this.sources[column]?.position ?? "") : ""
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

  /**
   * The line for a row left out for its errors, whose sourcedId is valid: the status
   * `held` and the kept values, every other column empty. The kept values (ids and
   * vocabulary values) never need quoting.
   */
  heldLineOf(row: Row): string {
    const encoded = this.heldSources.map((source) => {
      return typeof source === "string" ? source : (row.values[source] ?? "")
    })

    return `${encoded.join(",")}\n`
  }

  private metadataOf(fields: readonly string[]): string | null {
    const entries = this.metadata
      .map(({ position, key }) => [key, fields[position] ?? ""] as const)
      .filter(([, value]) => value.trim() !== "")

    return entries.length === 0 ? null : JSON.stringify(Object.fromEntries(entries))
  }
}
