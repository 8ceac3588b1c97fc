import { type ImportStatus, ImportStatuses, ImportTransitions } from "@homeroom/contracts"
import type { Database } from "@homeroom/service-kit"
import { eq } from "drizzle-orm"
import { importTransitions } from "../schema/import-transitions.js"
import { imports } from "../schema/imports.js"

type ImportRow = typeof imports.$inferInsert

/** Fields a service records on an import together with a status change. */
export type ImportFacts = Partial<
  Pick<
    ImportRow,
    | "files"
    | "logicalFiles"
    | "errorCount"
    | "warningCount"
    | "changes"
    | "thresholdsReached"
    | "decision"
    | "decidedBy"
    | "decidedAt"
    | "reason"
  >
>

/** A database handle or an open transaction. */
export type Executor = Pick<Database, "transaction">

/**
 * Moves an import to `status` if the status it holds allows it (see
 * `ImportTransitions`), recording the facts and a timeline entry, and returns whether it
 * moved. A redelivered message finds the import already further on, and does nothing.
 * Staying in the same status is allowed, so a retried step can resume; it adds no
 * timeline entry.
 */
export async function transitionImport(
  executor: Executor,
  importId: string,
  status: ImportStatus,
  facts: ImportFacts = {},
): Promise<boolean> {
  // The row lock must last until the update, so the read and the write share a
  // transaction (a savepoint when the caller already has one open).
  return executor.transaction((transaction) =>
    moveImport(transaction, importId, status, facts),
  )
}

async function moveImport(
  executor: Pick<Database, "select" | "update" | "insert">,
  importId: string,
  status: ImportStatus,
  facts: ImportFacts,
): Promise<boolean> {
  const [current] = await executor
    .select({ status: imports.status })
    .from(imports)
    .where(eq(imports.id, importId))
    .for("update")
  if (!current || !canMove(current.status, status)) return false

  await executor
    .update(imports)
    .set({ ...facts, status, updatedAt: new Date() })
    .where(eq(imports.id, importId))
  if (current.status !== status) {
    await executor
      .insert(importTransitions)
      // The clock, not the column default: inside a long transaction Postgres's now()
      // is the transaction's start, and every step would show the same time.
      .values({ importId, status, reason: facts.reason ?? null, at: new Date() })
  }
  return true
}

function canMove(from: ImportStatus, to: ImportStatus): boolean {
  const allowed: readonly ImportStatus[] = ImportTransitions[from]
  return allowed.includes(to)
}

/** Every status from which an import may move to `status`. */
export function statusesLeadingTo(status: ImportStatus): ImportStatus[] {
  return ImportStatuses.filter((from) => canMove(from, status))
}
