import { fileURLToPath } from "node:url"
import { migrateRecords, runMigrations } from "@homeroom/records"
import { CommonVariables, readConfig } from "@homeroom/service-kit"

const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url))

/**
 * Brings the database up to date for the roster service: the shared records first (the
 * roster's tables refer to districts), then the roster's own tables. Deployment,
 * development and tests all migrate through this function.
 */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  await migrateRecords(databaseUrl)
  await runMigrations(databaseUrl, migrationsFolder, "__roster_migrations")
}

const runAsScript = process.argv[1] === fileURLToPath(import.meta.url)

if (runAsScript) {
  const config = readConfig({ DATABASE_URL: CommonVariables.DATABASE_URL })
  await migrateDatabase(config.DATABASE_URL)
}
