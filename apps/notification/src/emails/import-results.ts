import {
  type ChangeCounts,
  type ChangeSummary,
  type FileSummary,
  type RecordKind,
  RecordKinds,
} from "@homeroom/contracts"
import type { ImportReport, ReportedProblem } from "../reports/import-report.js"
import type {
  EmailBlock,
  EmailDocument,
  EmailFact,
  RenderedEmail,
} from "./email-document.js"
import { formatCount, formatMoment, formatPercent, formatShare } from "./numbers.js"
import { renderEmail } from "./render-email.js"

/** Links an email offers. */
export interface EmailLinks {
  /** Where the import can be read, such as `https://api.example.org/v1/imports/<id>`. */
  readonly importUrl: string
}

const KindLabels = {
  orgs: "Orgs",
  academicSessions: "Academic sessions",
  users: "Users",
  classes: "Classes",
  teacherEnrollments: "Teacher enrollments",
  studentEnrollments: "Student enrollments",
} as const satisfies Record<RecordKind, string>

const Missing = "—"

/** The "Import Results" email sent when an import ends. */
export function renderImportResults(
  report: ImportReport,
  links: EmailLinks,
): RenderedEmail {
  return renderEmail(describeImportResults(report, links))
}

/** What the "Import Results" email says: counts and ids only, never roster data. */
export function describeImportResults(
  report: ImportReport,
  links: EmailLinks,
): EmailDocument {
  const title = `Import Results: ${report.status} — ${report.district.name}`
  const blocks: EmailBlock[] = [
    { type: "facts", facts: describeFacts(report) },
    ...describeProblems(report),
    describeFiles(report.files),
    describeChanges(report.changes),
    { type: "link", label: "Open the import", url: links.importUrl },
    {
      type: "paragraph",
      text: "This email holds counts and ids only; the import shows every problem and change.",
    },
  ]
  return { title: title.replace(/\s+/g, " "), blocks }
}

function describeFacts(report: ImportReport): EmailFact[] {
  const facts: EmailFact[] = [
    { label: "Import", value: report.importId },
    { label: "District", value: report.district.name },
    { label: "File", value: report.fileName },
    { label: "Received", value: formatMoment(report.receivedAt) },
    { label: "Outcome", value: report.status },
  ]
  if (report.reason) facts.push({ label: "Reason", value: report.reason })

  facts.push(
    { label: "Errors", value: formatCount(report.errorCount) },
    { label: "Warnings", value: formatCount(report.warningCount) },
  )
  return facts
}

function describeProblems(report: ImportReport): EmailBlock[] {
  if (report.problemCount === 0) return []

  const listed = formatCount(report.problems.length)
  const total = formatCount(report.problemCount)
  const heading =
    listed === total
      ? `Problems (${total})`
      : `Problems (the first ${listed} of ${total})`
  return [
    {
      type: "table",
      heading,
      columns: [
        { heading: "Severity", align: "left" },
        { heading: "Code", align: "left" },
        { heading: "File", align: "left" },
        { heading: "Line", align: "right" },
        { heading: "Column", align: "left" },
        { heading: "Message", align: "left" },
      ],
      rows: report.problems.map(describeProblem),
    },
  ]
}

function describeProblem(problem: ReportedProblem): string[] {
  return [
    problem.severity,
    problem.code,
    problem.file ?? Missing,
    problem.line === null ? Missing : String(problem.line),
    problem.column ?? Missing,
    problem.message,
  ]
}

function describeFiles(files: readonly FileSummary[]): EmailBlock {
  if (files.length === 0) {
    return { type: "paragraph", heading: "Files", text: "No file was read." }
  }
  return {
    type: "table",
    heading: "Files",
    columns: [
      { heading: "File", align: "left" },
      { heading: "Rows read", align: "right" },
      { heading: "Rows with errors", align: "right" },
      { heading: "Error %", align: "right" },
      { heading: "Warnings", align: "right" },
    ],
    rows: files.map((file) => [
      file.file,
      formatCount(file.rowsRead),
      formatCount(file.rowsWithErrors),
      formatPercent(file.rowsWithErrors, file.rowsRead),
      formatCount(file.warnings),
    ]),
  }
}

function describeChanges(changes: ChangeSummary | null): EmailBlock {
  if (changes === null) {
    return { type: "paragraph", heading: "Changes", text: "The roster was not changed." }
  }
  return {
    type: "table",
    heading: "Changes (percentages of the existing records)",
    columns: [
      { heading: "Records", align: "left" },
      { heading: "Existing", align: "right" },
      { heading: "Created", align: "right" },
      { heading: "Updated", align: "right" },
      { heading: "Removed", align: "right" },
    ],
    rows: RecordKinds.map((kind) => describeChange(kind, changes[kind])),
  }
}

function describeChange(kind: RecordKind, counts: ChangeCounts): string[] {
  return [
    KindLabels[kind],
    formatCount(counts.existing),
    formatShare(counts.created, counts.existing),
    formatShare(counts.updated, counts.existing),
    formatShare(counts.removed, counts.existing),
  ]
}
