import type { ImportOutcomeStatus } from "@homeroom/contracts"
import { integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core"
import { imports } from "./imports.js"

/**
 * The emails sent about an import: "Import Results" for each outcome, and "Check Your
 * Data" as well when it pauses.
 */
export const NotificationKinds = ["import-results", "check-your-data"] as const

/** An email sent about an import. */
export type NotificationKind = (typeof NotificationKinds)[number]

/**
 * Where one email stands: `claimed` while a copy of the notification service is handing
 * it to the SMTP server, `sent` once the server accepted it, `skipped` when the district
 * had nobody to send it to.
 */
export const NotificationStatuses = ["claimed", "sent", "skipped"] as const

/** Where one email stands. */
export type NotificationStatus = (typeof NotificationStatuses)[number]

/**
 * One row per email per outcome of an import. An import may reach several outcomes (it
 * pauses, then is applied, cancelled or superseded, or pauses again after an approval
 * found the roster moved), and each has its own emails. The
 * primary key is what keeps an outcome from being emailed twice when it is delivered
 * again or reaches several copies of the notification service: only the copy whose
 * insert created the row may send.
 */
export const importNotifications = pgTable(
  "import_notifications",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id),
    kind: text("kind", { enum: NotificationKinds }).notNull(),
    /** The outcome the email is about, as its `imports.outcome.<status>` names it. */
    outcome: text("outcome").$type<ImportOutcomeStatus>().notNull(),
    /** Which time the import reached that outcome: 2 for a second pause. */
    occurrence: integer("occurrence").notNull().default(1),
    status: text("status", { enum: NotificationStatuses }).notNull(),
    /** The id of the outcome message whose delivery claimed the email. */
    claimedBy: text("claimed_by").notNull(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** The email's Message-ID header, to find it in the mail server's logs. */
    messageId: text("message_id"),
  },
  (table) => [
    primaryKey({
      columns: [table.importId, table.kind, table.outcome, table.occurrence],
    }),
  ],
)
