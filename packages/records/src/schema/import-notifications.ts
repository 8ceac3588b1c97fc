import { pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core"
import { imports } from "./imports.js"

/**
 * The emails sent about an import: "Import Results" when it ends, and (once thresholds
 * exist) "Check Your Data" when it pauses.
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
 * One row per email per import. The primary key is what keeps an import from being
 * emailed twice when its outcome is delivered again or reaches several copies of the
 * notification service: only the copy whose insert created the row may send.
 */
export const importNotifications = pgTable(
  "import_notifications",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id),
    kind: text("kind", { enum: NotificationKinds }).notNull(),
    status: text("status", { enum: NotificationStatuses }).notNull(),
    /** The id of the outcome message whose delivery claimed the email. */
    claimedBy: text("claimed_by").notNull(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** The email's Message-ID header, to find it in the mail server's logs. */
    messageId: text("message_id"),
  },
  (table) => [primaryKey({ columns: [table.importId, table.kind] })],
)
