import { parseDatabaseUrl, withDatabase } from "./database-url.mjs"
import { loadPostgresDriver } from "./driver.mjs"

/**
 * Connects through the server's maintenance database and creates the URL's database if
 * it does not exist yet. Resolves with true when it had to create it.
 */
export async function createDatabaseIfMissing(databaseUrl) {
  const { database } = parseDatabaseUrl(databaseUrl)
  const postgres = await loadPostgresDriver()
  const sql = postgres(withDatabase(databaseUrl, "postgres"), {
    max: 1,
    connect_timeout: 5,
    onnotice: () => {},
  })

  try {
    return await createUnlessPresent(sql, database)
  } finally {
    await sql.end({ timeout: 1 })
  }
}

async function createUnlessPresent(sql, database) {
  const rows = await sql`select 1 from pg_database where datname = ${database}`

  if (rows.length > 0) return false

  await sql.unsafe(`create database ${quoteIdentifier(database)}`)
  return true
}

function quoteIdentifier(name) {
  return `"${name.replaceAll('"', '""')}"`
}
