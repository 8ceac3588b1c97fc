import { cpus, release, totalmem, type } from "node:os"
import postgres from "postgres"
import type { Machine } from "./result.js"

const ReportedSettings = [
  "shared_buffers",
  "work_mem",
  "maintenance_work_mem",
  "max_wal_size",
  "synchronous_commit",
]

/** Describes this machine and the Postgres server the run used. */
export async function describeMachine(databaseUrl: string): Promise<Machine> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} })
  try {
    const [version] = await sql<{ version: string }[]>`select version()`
    const settings = await sql<{ name: string; setting: string }[]>`
      select name, current_setting(name) as setting from pg_settings
      where name = any(${ReportedSettings})
      order by name`
    return {
      cpuModel: cpus()[0]?.model.trim() ?? "unknown",
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      postgres: version?.version.split(" on ")[0] ?? "unknown",
      postgresSettings: Object.fromEntries(
        settings.map((row) => [row.name, row.setting]),
      ),
      os: `${type()} ${release()}`,
    }
  } finally {
    await sql.end({ timeout: 5 })
  }
}
