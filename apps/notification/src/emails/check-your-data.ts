import type { ThresholdReached } from "@homeroom/contracts"
import type { ImportReport } from "../reports/import-report.js"
import { CountsOnly } from "./counts-only.js"
import type {
  EmailBlock,
  EmailDocument,
  EmailTable,
  RenderedEmail,
} from "./email-document.js"
import { describeImportFacts } from "./import-facts.js"
import type { ImportLinks } from "./import-links.js"
import { formatCount } from "./numbers.js"
import { renderEmail } from "./render-email.js"
import { describeThresholdReached, thresholdName } from "./threshold-wording.js"

/** The "Check Your Data" email sent when an import pauses, besides Import Results. */
export function renderCheckYourData(
  report: ImportReport,
  links: ImportLinks,
): RenderedEmail {
  return renderEmail(describeCheckYourData(report, links))
}

/**
 * What "Check Your Data" says: which thresholds the import reached and with what
 * figures, the schools behind them, and how an administrator reviews and decides.
 * Counts and ids only, never roster data.
 */
export function describeCheckYourData(
  report: ImportReport,
  links: ImportLinks,
): EmailDocument {
  const title = `Check Your Data — ${report.district.name}`
  const blocks: EmailBlock[] = [
    { type: "facts", facts: describeImportFacts(report) },
    { type: "paragraph", text: describePause(report) },
    ...describeThresholds(report.thresholdsReached),
    ...report.thresholdsReached.flatMap(describeSchools),
    ...describeNextSteps(report, links),
    { type: "paragraph", text: CountsOnly },
  ]
  return { title, blocks }
}

/**
 * How to review and decide, while the import waits for a decision. Once it has moved on
 * (decided or superseded before this email went), its change set is gone and no
 * decision is taken, so only the import is offered.
 */
function describeNextSteps(report: ImportReport, links: ImportLinks): EmailBlock[] {
  if (report.status !== "paused") {
    return [{ type: "link", label: "Open the import", url: links.importUrl }]
  }
  return [describeReview(links), ...describeDecision(links)]
}

function describePause(report: ImportReport): string {
  const count = report.thresholdsReached.length
  const thresholds = count === 1 ? "a threshold" : `${formatCount(count)} thresholds`
  const paused =
    count === 0
      ? "This import was paused: nothing was applied."
      : `This import reached ${thresholds} of the district, so it was paused: nothing was applied.`

  if (report.status === "paused") {
    return `${paused} An administrator must approve or cancel it.`
  }
  return `${paused} Since then the import has moved on: it is now ${report.status}, so no decision is needed.`
}

function describeThresholds(reached: readonly ThresholdReached[]): EmailBlock[] {
  if (reached.length === 0) return []
  return [
    {
      type: "list",
      heading: "Thresholds reached",
      items: reached.map((threshold) => ({ text: describeThresholdReached(threshold) })),
    },
  ]
}

function describeSchools(reached: ThresholdReached): EmailTable[] {
  if (reached.schools.length === 0) return []
  return [
    {
      type: "table",
      heading: `Schools contributing most: ${thresholdName(reached.threshold)}`,
      columns: [
        { heading: "School", align: "left" },
        { heading: "sourcedId", align: "left" },
        { heading: "Count", align: "right" },
      ],
      rows: reached.schools.map((school) => [
        school.name ?? "—",
        school.sourcedId,
        formatCount(school.count),
      ]),
    },
  ]
}

function describeReview(links: ImportLinks): EmailBlock {
  return {
    type: "list",
    heading: "How to review",
    items: [
      { text: "The import, with its counts and thresholds", url: links.importUrl },
      {
        text: "Its changes, which can be filtered by kind, change and school",
        url: links.changesUrl,
      },
      { text: "Its problems", url: links.problemsUrl },
    ],
  }
}

function describeDecision(links: ImportLinks): EmailBlock[] {
  return [
    {
      type: "paragraph",
      heading: "How to decide",
      text:
        `To decide, send POST ${links.decisionUrl} with an administrator's token ` +
        "and one of these bodies:",
    },
    {
      type: "list",
      items: [
        { text: '{"decision":"approve"} applies every change;' },
        {
          text: '{"decision":"approveWithoutRemovals"} applies the creations and updates and removes nothing;',
        },
        { text: '{"decision":"cancel"} ends the import with nothing applied.' },
      ],
    },
    {
      type: "paragraph",
      text:
        "If the roster changed since the pause, approving compares the import again, " +
        "and it may pause again. A newer upload of the district supersedes this " +
        "import, and nothing of it is then applied.",
    },
  ]
}
