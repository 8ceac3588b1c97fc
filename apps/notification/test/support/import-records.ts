import { randomUUID } from "node:crypto"
import type {
  ChangeSummary,
  FileSummary,
  ImportStatus,
  Problem,
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

/** What an ended import holds, as the other services would have recorded it. */
export interface EndedImport {
  readonly districtId: string
  readonly status: ImportStatus
  readonly fileName?: string
  readonly receivedAt?: Date
  readonly reason?: string | null
  readonly files?: FileSummary[]
  readonly changes?: ChangeSummary | null
  readonly errorCount?: number
  readonly warningCount?: number
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
    .set({
      status: ended.status,
      receivedAt: ended.receivedAt ?? new Date(),
      reason: ended.reason ?? null,
      files: ended.files ?? [],
      changes: ended.changes ?? null,
      errorCount: ended.errorCount ?? 0,
      warningCount: ended.warningCount ?? 0,
    })
    .where(eq(imports.id, id))
  await replaceProblems(database, id, ended.problems ?? [])
  return id
}
