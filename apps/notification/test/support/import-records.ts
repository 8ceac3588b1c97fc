import { randomUUID } from "node:crypto"
import type {
  ChangeSummary,
  ImportDecision,
  ImportStatus,
  LogicalFileSummary,
  Problem,
  ThresholdReached,
} from "@homeroom/contracts"
import { createDistrict, createImport, imports, replaceProblems } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import { eq } from "drizzle-orm"

/** Creates a district with the given import email recipients. */
export async function createRecipientDistrict(
  database: Database,
  name: string,
  recipients: string[],
): Promise<string> {
  const created = await createDistrict(database, {
    name,
    notificationRecipients: recipients,
  })
  return created.districtId
}

/** What an import holds at an outcome, as the other services would have recorded it. */
export interface ImportAtOutcome {
  readonly status: ImportStatus
  readonly reason?: string | null
  readonly logicalFiles?: LogicalFileSummary[]
  readonly changes?: ChangeSummary | null
  readonly thresholdsReached?: ThresholdReached[]
  readonly decision?: { decision: ImportDecision; decidedAt: Date } | null
  readonly errorCount?: number
  readonly warningCount?: number
}

/** An import that reached an outcome, in the district it belongs to. */
export interface EndedImport extends ImportAtOutcome {
  readonly districtId: string
  readonly fileName?: string
  readonly receivedAt?: Date
  readonly problems?: Problem[]
}

/** Records an import that has reached its outcome, with its counts and problems. */
export async function createEndedImport(
  database: Database,
  ended: EndedImport,
): Promise<string> {
  const id = randomUUID()
  await createImport(database, {
    id,
    districtId: ended.districtId,
    source: "upload",
    fileName: ended.fileName ?? "roster.zip",
    sizeBytes: 2048,
    sha256: "a".repeat(64),
    objectName: `${id}/bundle.zip`,
  })

  await database
    .update(imports)
    .set({ receivedAt: ended.receivedAt ?? new Date() })
    .where(eq(imports.id, id))
  await moveToOutcome(database, id, ended)
  await replaceProblems(database, id, ended.problems ?? [])
  return id
}

/**
 * Records a later outcome of an import, such as the decision on a paused one, as the
 * roster would: fields left out keep their values.
 */
export async function moveToOutcome(
  database: Database,
  importId: string,
  outcome: ImportAtOutcome,
): Promise<void> {
  const { decision, ...fields } = outcome
  await database
    .update(imports)
    .set({
      ...fields,
      ...(decision === undefined
        ? {}
        : {
            decision: decision?.decision ?? null,
            decidedBy: decision ? randomUUID() : null,
            decidedAt: decision?.decidedAt ?? null,
          }),
    })
    .where(eq(imports.id, importId))
}
