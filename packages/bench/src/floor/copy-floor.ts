import { createReadStream } from "node:fs"
import { open } from "node:fs/promises"
import { basename } from "node:path"
import { pipeline } from "node:stream/promises"
import postgres from "postgres"
import type { CopyFloor } from "../report/result.js"

const FloorSchema = "copy_floor"

/**
 * The floor an import is held against: Postgres alone `COPY`ing a bundle's CSV files
 * into plain tables of text columns and building each one's primary key on `sourcedId`.
 * No import can store a bundle faster than this on the same server. The tables live in
 * a scratch schema of the benchmark's own database and are dropped afterwards.
 */
export async function measureCopyFloor(
  databaseUrl: string,
  csvPaths: ReadonlyMap<string, string>,
): Promise<CopyFloor> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} })
  const files: Record<string, { rows: number; copyMs: number; keyMs: number }> = {}
  try {
    await sql.unsafe(`drop schema if exists ${FloorSchema} cascade`)
    await sql.unsafe(`create schema ${FloorSchema}`)
    for (const [name, path] of csvPaths) {
      files[name] = await copyFile(sql, name, path)
    }
  } finally {
    await sql.unsafe(`drop schema if exists ${FloorSchema} cascade`)
    await sql.end({ timeout: 5 })
  }
  const ms = Object.values(files).reduce(
    (total, file) => total + file.copyMs + file.keyMs,
    0,
  )
  return { ms, files }
}

async function copyFile(sql: postgres.Sql, name: string, path: string) {
  const table = `${FloorSchema}."${basename(name, ".csv")}"`
  const columns = await headerOf(path)
  await sql.unsafe(
    `create table ${table} (${columns.map((column) => `"${column}" text`).join(", ")})`,
  )

  const copyStarted = performance.now()
  const copy = await sql
    .unsafe(`copy ${table} from stdin with (format csv, header true)`)
    .writable()
  await pipeline(createReadStream(path), copy)
  const copyMs = performance.now() - copyStarted

  const keyStarted = performance.now()
  await sql.unsafe(`alter table ${table} add primary key ("sourcedId")`)
  const keyMs = performance.now() - keyStarted

  const [counted] = await sql.unsafe<{ rows: number }[]>(
    `select count(*)::int as rows from ${table}`,
  )
  return {
    rows: counted?.rows ?? 0,
    copyMs: Math.round(copyMs),
    keyMs: Math.round(keyMs),
  }
}

/** The column names on a CSV file's first line; OneRoster headers need no quoting. */
async function headerOf(path: string): Promise<string[]> {
  const file = await open(path)
  try {
    const { buffer, bytesRead } = await file.read(
      Buffer.alloc(64 * 1024),
      0,
      64 * 1024,
      0,
    )
    const text = buffer
      .subarray(0, bytesRead)
      .toString("utf8")
      .replace(/^\uFEFF/, "")
    const line = text.split(/\r?\n/, 1)[0] ?? ""
    return line.split(",").map((column) => column.trim().replace(/^"|"$/g, ""))
  } finally {
    await file.close()
  }
}
