import { fileURLToPath } from "node:url"
import { drizzle } from "drizzle-orm/postgres-js"
import { migrate } from "drizzle-orm/postgres-js/migrator"
import postgres from "postgres"

const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url))

/**
 * Brings the platform's records (districts, tokens, imports) up to date. Tests,
 * development and deployment all migrate through this one function. An advisory lock
 * keeps copies that start together from migrating at the same time.
 */
export async function migrateRecords(databaseUrl: string): Promise<void> {
  await runMigrations(databaseUrl, migrationsFolder, "__records_migrations")
}

/** Applies one drizzle migrations folder under a lock; shared with the roster schema. */
export async function runMigrations(
  databaseUrl: string,
  folder: string,
  table: string,
): Promise<void> {
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} })
  try {
    await client`select pg_advisory_lock(hashtext('homeroom-migrations'))`
    await migrate(drizzle(client), {
      migrationsFolder: folder,
      migrationsTable: table,
      migrationsSchema: "drizzle",
    })
  } finally {
    await client.end({ timeout: 5 })
  }
}
