import { text } from "node:stream/consumers"
import yauzl from "yauzl"
import { parseCsv } from "./csv-text.js"

/** One CSV file of a bundle, parsed. */
export interface BundleTable {
  /** The header row as written. */
  readonly headers: readonly string[]
  /** Data rows, each value by its header name. */
  readonly rows: readonly Readonly<Record<string, string>>[]
  /** The file's raw text. */
  readonly text: string
}

/** Reads every entry of a zip into parsed tables, by entry name, in zip order. */
export async function readBundle(path: string): Promise<Map<string, BundleTable>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true })
  const tables = new Map<string, BundleTable>()

  try {
    for await (const entry of zip.eachEntry()) {
      const content = await text(await zip.openReadStreamPromise(entry))
      tables.set(entry.fileName, tableOf(entry.fileName, content))
    }
  } finally {
    zip.close()
  }

  return tables
}

/** The table of a file that must be in the bundle. */
export function tableIn(tables: Map<string, BundleTable>, file: string): BundleTable {
  const table = tables.get(file)
  if (table === undefined) throw new Error(`${file} is missing from the bundle`)

  return table
}

function tableOf(file: string, content: string): BundleTable {
  const [headers = [], ...lines] = parseCsv(content)
  const rows = lines.map((fields, index) => {
    if (fields.length !== headers.length) {
      throw new Error(`${file} line ${index + 2} has ${fields.length} fields`)
    }
    return Object.fromEntries(
      headers.map((header, column) => [header, fields[column] ?? ""]),
    )
  })

  return { headers, rows, text: content }
}
