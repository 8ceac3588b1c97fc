import type { Database } from "@homeroom/service-kit"
import { and, asc, eq } from "drizzle-orm"
import { importTransitions } from "../schema/import-transitions.js"
import { imports } from "../schema/imports.js"
import type { DecisionView, ImportListItem, ImportView } from "./import-view.js"

/** A district's import with its timeline, or null when the district has no such import. */
export async function findImport(
  database: Database,
  districtId: string,
  importId: string,
): Promise<ImportView | null> {
  const [row] = await database
    .select()
    .from(imports)
    .where(and(eq(imports.id, importId), eq(imports.districtId, districtId)))
  if (!row) return null

  const timeline = await database
    .select({
      status: importTransitions.status,
      at: importTransitions.at,
      reason: importTransitions.reason,
    })
    .from(importTransitions)
    .where(eq(importTransitions.importId, importId))
    .orderBy(asc(importTransitions.id))

  return {
    ...toListItem(row),
    timeline: timeline.map((entry) => ({ ...entry, at: entry.at.toISOString() })),
  }
}

/** An import row as the API shows it. */
export function toListItem(row: typeof imports.$inferSelect): ImportListItem {
  return {
    id: row.id,
    status: row.status,
    source: row.source,
    dryRun: row.dryRun,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    receivedAt: row.receivedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    reason: row.reason,
    errorCount: row.errorCount,
    warningCount: row.warningCount,
    files: row.files ?? [],
    logicalFiles: row.logicalFiles ?? [],
    changes: row.changes ?? null,
    thresholdsReached: row.thresholdsReached ?? null,
    decision: decisionOf(row),
  }
}

function decisionOf(row: typeof imports.$inferSelect): DecisionView | null {
  if (!row.decision || !row.decidedBy || !row.decidedAt) return null
  return {
    decision: row.decision,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt.toISOString(),
  }
}

/** The stored facts of an import, for services working on it (no district check). */
export async function readImport(database: Pick<Database, "select">, importId: string) {
  const [row] = await database.select().from(imports).where(eq(imports.id, importId))
  return row ?? null
}
