import type { ImportReport, ReportedProblem } from "../reports/import-report.js"
import { CountsOnly } from "./counts-only.js"
import type { EmailBlock, EmailDocument, RenderedEmail } from "./email-document.js"
import { describeImportFacts } from "./import-facts.js"
import type { ImportLinks } from "./import-links.js"
import { formatCount } from "./numbers.js"
import { OutcomeStatements } from "./outcome-statements.js"
import { describeRecords } from "./record-table.js"
import { renderEmail } from "./render-email.js"

const Missing = "—"

/** The "Import Results" email sent for each outcome of an import. */
export function renderImportResults(
  report: ImportReport,
  links: ImportLinks,
): RenderedEmail {
  return renderEmail(describeImportResults(report, links))
}

/** What the "Import Results" email says: counts and ids only, never roster data. */
export function describeImportResults(
  report: ImportReport,
  links: ImportLinks,
): EmailDocument {
  const title = `Import Results: ${report.outcome} — ${report.district.name}`
  const blocks: EmailBlock[] = [
    { type: "facts", facts: describeImportFacts(report) },
    { type: "paragraph", text: describeOutcome(report) },
    ...describeProblems(report),
    ...describeRecords(report),
    { type: "link", label: "Open the import", url: links.importUrl },
    { type: "paragraph", text: CountsOnly },
  ]
  return { title, blocks }
}

function describeOutcome(report: ImportReport): string {
  const statement = OutcomeStatements[report.outcome]
  if (report.status === report.outcome) return statement
  return `${statement} Since then the import has moved on: it is now ${report.status}.`
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
