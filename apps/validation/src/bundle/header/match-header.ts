import type { ColumnSpec, Problem } from "@homeroom/contracts"
import { FatalProblem } from "../fatal-problem.js"
import { createProblem } from "../problem.js"
import { looksLikeOneRoster10 } from "./legacy-header.js"

/** A `metadata.*` extension column: where it sits and the key it gets in `metadata`. */
export interface MetadataColumn {
  readonly position: number
  readonly key: string
}

/** What a file's header says about its rows. */
export interface HeaderLayout {
  /** How many fields every row must have. */
  readonly fieldCount: number
  /** The name of each column: the specification's spelling, then metadata as given. */
  readonly names: readonly string[]
  readonly metadata: readonly MetadataColumn[]
  /** Header names that differ from the specification only in letter case. */
  readonly caseWarnings: readonly Problem[]
}

const metadataPrefix = "metadata."

/**
 * Matches a header against the file's columns: same names ignoring letter case, in
 * the specification's order, with `metadata.*` columns allowed only to the right.
 * Anything else rejects the import, with the expected header in the message.
 */
export function matchHeader(
  fields: readonly string[],
  file: string,
  columns: readonly ColumnSpec[],
): HeaderLayout {
  const names = fields.map((field) => field.trim())
  const expected = new HeaderExpectation(file, columns, names)

  const caseWarnings = columns.map((column, position) => expected.check(position, column))
  const metadata = names.slice(columns.length).map((name, offset) => {
    return expected.metadataColumn(columns.length + offset, name)
  })

  return {
    fieldCount: names.length,
    names: [...columns.map((column) => column.name), ...names.slice(columns.length)],
    metadata,
    caseWarnings: caseWarnings.filter((problem) => problem !== undefined),
  }
}

class HeaderExpectation {
  private readonly metadataKeys = new Set<string>()

  constructor(
    private readonly file: string,
    private readonly columns: readonly ColumnSpec[],
    private readonly names: readonly string[],
  ) {}

  /** Checks the name at a specification column's position; returns a case warning. */
  check(position: number, column: ColumnSpec): Problem | undefined {
    const given = this.names[position]
    if (given === undefined) throw this.missingAtEnd(position)
    if (!sameName(given, column.name)) throw this.mismatch(position, given, column)
    if (given === column.name) return undefined

    const message =
      `The header "${given}" differs from "${column.name}" in letter case; it was ` +
      `read as ${column.name}.`
    return createProblem("HR_VAL_HEADER_CASE", this.place(column.name, given), message)
  }

  metadataColumn(position: number, name: string): MetadataColumn {
    if (!name.toLowerCase().startsWith(metadataPrefix)) throw this.extraColumn(name)

    const key = name.slice(metadataPrefix.length)
    if (this.metadataKeys.has(key.toLowerCase())) {
      throw this.reject(name, `The column "${name}" appears twice.`)
    }

    this.metadataKeys.add(key.toLowerCase())
    return { position, key }
  }

  private mismatch(position: number, given: string, column: ColumnSpec): FatalProblem {
    const found = this.columns.findIndex((other) => sameName(other.name, given))
    const expectedLater = this.names.some((name) => sameName(name, column.name))
    const where = `Column ${position + 1}, "${given}",`

    if (found > position && !expectedLater) {
      return this.reject(column.name, `The column "${column.name}" is missing.`, given)
    }
    if (found !== -1) return this.reject(given, `${where} is out of order.`)
    if (given.toLowerCase().startsWith(metadataPrefix)) {
      return this.reject(given, `${where} comes before the specification's columns end.`)
    }

    return this.reject(given, `${where} is not a column of ${this.file}.`)
  }

  private missingAtEnd(position: number): FatalProblem {
    const missing = this.columns.slice(position).map((column) => column.name)
    const first = missing[0] ?? ""

    return this.reject(
      first,
      `The header ends early; missing: ${missing.join(", ")}.`,
      null,
    )
  }

  private extraColumn(name: string): FatalProblem {
    if (this.columns.some((column) => sameName(column.name, name))) {
      return this.reject(name, `The column "${name}" appears twice or out of order.`)
    }

    const finding = `The column "${name}" is not a column of ${this.file}.`
    return this.reject(name, `${finding} Extra columns must be named metadata.*.`)
  }

  private reject(
    column: string,
    finding: string,
    value: string | null = column,
  ): FatalProblem {
    const header = this.columns.map((spec) => spec.name).join(",")
    const expectation = looksLikeOneRoster10(this.file, this.names)
      ? "This looks like a OneRoster 1.0 header; OneRoster 1.1 expects"
      : `The header of ${this.file} must be`
    const message =
      `${finding} ${expectation}: ${header} ` +
      "(letter case aside), optionally followed by metadata.* columns."

    const place = this.place(column, value)
    return new FatalProblem([createProblem("HR_VAL_HEADER_MISMATCH", place, message)])
  }

  private place(column: string, value: string | null) {
    return { file: this.file, line: 1, column, value }
  }
}

function sameName(left: string, right: string): boolean {
  return left.toLowerCase() === right.toLowerCase()
}
