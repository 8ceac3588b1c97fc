import { NormalisedColumns, type RosterEntity } from "@homeroom/contracts"

/** A row of a normalised file: values by column name; a missing value is SQL null. */
export type NormalisedRow = Readonly<Record<string, string | Record<string, unknown>>>

/** The rows of every normalised file of an import. */
export type NormalisedFiles = Readonly<Record<RosterEntity, readonly NormalisedRow[]>>

/**
 * Writes rows as validation writes a normalised file: Postgres `COPY` CSV with a header,
 * missing values as unquoted empty fields, an object (metadata) as JSON.
 */
export function normalisedCsv(
  entity: RosterEntity,
  rows: readonly NormalisedRow[],
): string {
  const columns = NormalisedColumns[entity]
  const lines = rows.map((row) =>
    columns.map((column) => csvField(row[column])).join(","),
  )
  return `${[columns.join(","), ...lines].join("\n")}\n`
}

function csvField(value: string | Record<string, unknown> | undefined): string {
  if (value === undefined) return ""
  const text = typeof value === "string" ? value : JSON.stringify(value)
  return `"${text.replaceAll('"', '""')}"`
}
