import type { Problem } from "@homeroom/contracts"
import type { Database } from "@homeroom/service-kit"
import { eq } from "drizzle-orm"
import { importProblems } from "../schema/import-problems.js"

const BatchSize = 1000

/**
 * Stores problems found in an import's bundle, replacing any stored by an earlier,
 * interrupted attempt, so a redelivered validation does not list a problem twice.
 */
export async function replaceProblems(
  database: Database,
  importId: string,
  problems: readonly Problem[],
): Promise<void> {
  await database.transaction(async (transaction) => {
    await transaction.delete(importProblems).where(eq(importProblems.importId, importId))
    for (let start = 0; start < problems.length; start += BatchSize) {
      const batch = problems.slice(start, start + BatchSize)
      await transaction.insert(importProblems).values(
        batch.map((problem, index) => ({
          ...problem,
          importId,
          position: start + index,
        })),
      )
    }
  })
}
