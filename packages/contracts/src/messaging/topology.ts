/**
 * The JetStream streams, durable consumers and Object Store bucket the platform needs.
 * Every copy of a service binds to the same durable consumer, so each message is handled
 * by one copy (queue semantics), and creating them is idempotent.
 */
export const Streams = {
  imports: { name: "IMPORTS", subjects: ["imports.>"] },
  roster: { name: "ROSTER", subjects: ["roster.>"] },
} as const

/** A stream the platform declares. */
export type StreamName = (typeof Streams)[keyof typeof Streams]["name"]

/** The durable consumers of the pipeline, one per service that takes work. */
export const Consumers = {
  validation: {
    stream: "IMPORTS",
    durable: "validation",
    filterSubject: "imports.received",
  },
  roster: { stream: "IMPORTS", durable: "roster", filterSubject: "imports.validated" },
  rosterApprovals: {
    stream: "IMPORTS",
    durable: "roster-approvals",
    filterSubject: "imports.approved",
  },
  notification: {
    stream: "IMPORTS",
    durable: "notification",
    filterSubject: "imports.outcome.>",
  },
} as const satisfies Record<
  string,
  { stream: StreamName; durable: string; filterSubject: string }
>

/** The Object Store bucket holding received bundles and normalised files. */
export const ImportFilesBucket = "import-files"

/** Object names inside the bucket, per import. */
export const ObjectNames = {
  /** The bundle exactly as received. */
  bundle: (importId: string) => `${importId}/bundle.zip`,
  /** A normalised file handed from validation to the roster service. */
  normalised: (importId: string, entity: string) =>
    `${importId}/normalised/${entity}.csv`,
} as const
