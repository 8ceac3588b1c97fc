import {
  type ChangeCounts,
  type ImportStatus,
  type LogicalFileSummary,
  type RecordKind,
  RecordKinds,
} from "@homeroom/contracts"
import type { ImportReport } from "../reports/import-report.js"
import type { EmailBlock, EmailTable } from "./email-document.js"
import { KindLabels } from "./kind-labels.js"
import { formatCount, formatShare } from "./numbers.js"

/** Shown for a count the import does not have: a file not read, or no comparison. */
const Missing = "—"

/** Statuses in which an import's changes may yet be applied. */
const StillToApply: readonly ImportStatus[] = ["paused", "comparing", "applying"]

const ErrorShares =
  "Rows with errors are a share of the rows read; such rows are left out of the roster."

/**
 * The table administrators read an import by: per kind of record, what validation read
 * and what the import changed, or would change, in the roster.
 */
export function describeRecords(report: ImportReport): EmailBlock[] {
  if (report.logicalFiles.length === 0 && report.changes === null) {
    return [
      {
        type: "paragraph",
        heading: "Records",
        text: "No file was read, and nothing was compared with the roster.",
      },
    ]
  }

  const note = `${ErrorShares} ${describeChangeShares(report)}`
  return [recordTable(report), { type: "paragraph", text: note }]
}

function recordTable(report: ImportReport): EmailTable {
  return {
    type: "table",
    heading: "Records",
    columns: [
      { heading: "Kind", align: "left" },
      { heading: "Rows read", align: "right" },
      { heading: "Rows with errors", align: "right" },
      { heading: "Existing", align: "right" },
      { heading: "Created", align: "right" },
      { heading: "Updated", align: "right" },
      { heading: "Removed", align: "right" },
    ],
    rows: RecordKinds.map((kind) => [
      KindLabels[kind],
      ...describeRead(logicalFileOf(report.logicalFiles, kind)),
      ...describeChanges(report.changes?.[kind] ?? null),
    ]),
  }
}

function logicalFileOf(files: readonly LogicalFileSummary[], kind: RecordKind) {
  return files.find((file) => file.kind === kind) ?? null
}

function describeRead(file: LogicalFileSummary | null): string[] {
  if (file === null) return [Missing, Missing]
  return [formatCount(file.rowsRead), formatShare(file.rowsWithErrors, file.rowsRead)]
}

function describeChanges(counts: ChangeCounts | null): string[] {
  if (counts === null) return [Missing, Missing, Missing, Missing]
  return [
    formatCount(counts.existing),
    formatShare(counts.created, counts.existing),
    formatShare(counts.updated, counts.existing),
    formatShare(counts.removed, counts.existing),
  ]
}

function describeChangeShares(report: ImportReport): string {
  if (report.changes === null) {
    return "The import was not compared with the roster, so it counts no change."
  }
  return `Created, updated and removed are ${changesMeant(report.status)}`
}

/** What the counts are, as the import now stands, which a late email may not show. */
function changesMeant(status: ImportStatus): string {
  if (status === "applied") {
    return "the changes applied, each a share of the records that existed before the import."
  }
  if (StillToApply.includes(status)) {
    return "the changes the import would make, each a share of the existing records; none is applied yet."
  }
  return "the changes the import would have made, each a share of the existing records; none was applied."
}
