import type { ImportOutcomeStatus } from "@homeroom/contracts"
import { districts, importProblems, readImport } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import { asc, count, eq } from "drizzle-orm"
import type {
  ImportReport,
  ReportedDecision,
  ReportedDistrict,
  ReportedProblem,
} from "./import-report.js"

/** How many problems an email lists; the rest are a link away. */
export const ListedProblems = 20

/**
 * Reads what the emails about an outcome of an import say; null when the import is not
 * recorded.
 */
export async function readImportReport(
  database: Database,
  importId: string,
  outcome: ImportOutcomeStatus,
): Promise<ImportReport | null> {
  const row = await readImport(database, importId)
  if (!row) return null

  const [district, problems, problemCount] = await Promise.all([
    readDistrict(database, row.districtId),
    readFirstProblems(database, importId),
    countProblems(database, importId),
  ])
  return {
    importId: row.id,
    district,
    outcome,
    status: row.status,
    fileName: row.fileName,
    receivedAt: row.receivedAt,
    reason: row.reason,
    errorCount: row.errorCount,
    warningCount: row.warningCount,
    logicalFiles: row.logicalFiles ?? [],
    changes: row.changes ?? null,
    thresholdsReached: row.thresholdsReached ?? [],
    decision: decisionOf(row),
    problems,
    problemCount,
  }
}

function decisionOf(row: {
  decision: ReportedDecision["decision"] | null
  decidedAt: Date | null
}): ReportedDecision | null {
  if (!row.decision || !row.decidedAt) return null
  return { decision: row.decision, decidedAt: row.decidedAt }
}

async function readDistrict(
  database: Database,
  districtId: string,
): Promise<ReportedDistrict> {
  const [district] = await database
    .select({
      id: districts.id,
      name: districts.name,
      recipients: districts.notificationRecipients,
    })
    .from(districts)
    .where(eq(districts.id, districtId))
  // The foreign key from imports makes a missing district a broken database.
  if (!district) throw new Error(`district ${districtId} of an import is missing`)
  return district
}

function readFirstProblems(
  database: Database,
  importId: string,
): Promise<ReportedProblem[]> {
  return database
    .select({
      severity: importProblems.severity,
      code: importProblems.code,
      file: importProblems.file,
      line: importProblems.line,
      column: importProblems.column,
      message: importProblems.message,
    })
    .from(importProblems)
    .where(eq(importProblems.importId, importId))
    .orderBy(asc(importProblems.position))
    .limit(ListedProblems)
}

async function countProblems(database: Database, importId: string): Promise<number> {
  const [result] = await database
    .select({ total: count() })
    .from(importProblems)
    .where(eq(importProblems.importId, importId))
  return result?.total ?? 0
}
