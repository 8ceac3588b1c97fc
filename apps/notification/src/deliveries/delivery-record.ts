import type { ImportOutcomeStatus } from "@homeroom/contracts"
import { importNotifications, type NotificationKind } from "@homeroom/records"
import type { Database } from "@homeroom/service-kit"
import { and, eq } from "drizzle-orm"

/** One email about one outcome of an import, and the outcome message working on it. */
export interface Delivery {
  readonly importId: string
  readonly kind: NotificationKind
  /** The outcome the email is about; an import may reach several. */
  readonly outcome: ImportOutcomeStatus
  /** Which time the import reached that outcome: 2 for a second pause. */
  readonly occurrence: number
  /** The id of the outcome message being handled. */
  readonly claimedBy: string
}

/** A delivery in words, for errors: which email, about which outcome of which import. */
export function describeDelivery(delivery: Delivery): string {
  const { kind, outcome, importId } = delivery
  return `The ${kind} email about the ${outcome} outcome of import ${importId}`
}

/** A delivery's row as another claimant left it. */
export type DeliveryRow = typeof importNotifications.$inferSelect

/** Whether this delivery may send: it won the claim, or it finds the row someone left. */
export type Claim =
  | { readonly won: true }
  | { readonly won: false; readonly row: DeliveryRow }

/**
 * Claims the right to send an email. The insert either creates the row, and only then
 * may this delivery send, or finds it already there; concurrent claims on several copies
 * of the service are settled by the primary key, not by a read before the write.
 */
export async function claimDelivery(database: Database, delivery: Delivery) {
  return insertOnce(database, delivery, "claimed")
}

/** Records that the district had nobody to send the email to. */
export async function recordSkipped(database: Database, delivery: Delivery) {
  return insertOnce(database, delivery, "skipped")
}

async function insertOnce(
  database: Database,
  delivery: Delivery,
  status: "claimed" | "skipped",
): Promise<Claim | null> {
  const inserted = await database
    .insert(importNotifications)
    .values({ ...delivery, status })
    .onConflictDoNothing()
    .returning({ importId: importNotifications.importId })
  if (inserted.length > 0) return { won: true }

  const [row] = await database
    .select()
    .from(importNotifications)
    .where(matching(delivery))
  // Null: the holder released its claim between our insert and our read.
  return row ? { won: false, row } : null
}

/** Marks a claimed email as taken by the SMTP server. */
export async function markSent(
  database: Database,
  delivery: Delivery,
  messageId: string,
) {
  await database
    .update(importNotifications)
    .set({ status: "sent", sentAt: new Date(), messageId })
    .where(and(matching(delivery), heldBy(delivery)))
}

/**
 * Gives a claim up after the SMTP server refused the email, so the retry (of this or
 * another outcome message) can claim it again.
 */
export async function releaseClaim(database: Database, delivery: Delivery) {
  await database
    .delete(importNotifications)
    .where(and(matching(delivery), heldBy(delivery)))
}

function matching(delivery: Delivery) {
  return and(
    eq(importNotifications.importId, delivery.importId),
    eq(importNotifications.kind, delivery.kind),
    eq(importNotifications.outcome, delivery.outcome),
    eq(importNotifications.occurrence, delivery.occurrence),
  )
}

function heldBy(delivery: Delivery) {
  return and(
    eq(importNotifications.status, "claimed"),
    eq(importNotifications.claimedBy, delivery.claimedBy),
  )
}
