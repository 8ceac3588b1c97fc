import type { ChangeSummary } from "@homeroom/contracts"
import { describe, expect, it } from "vitest"
import { renderCheckYourData } from "../src/emails/check-your-data.js"
import type { EmailBlock } from "../src/emails/email-document.js"
import { escapeHtml } from "../src/emails/html.js"
import { importLinks } from "../src/emails/import-links.js"
import {
  describeImportResults,
  renderImportResults,
} from "../src/emails/import-results.js"
import { formatPercent, formatShare } from "../src/emails/numbers.js"
import type { ImportReport } from "../src/reports/import-report.js"

const links = importLinks("https://homeroom.example.org", "7d3c")

/** An import report whose outcome is the import's status, applied unless given. */
function report(
  overrides: Partial<Omit<ImportReport, "status">> & {
    status?: ImportReport["outcome"]
  } = {},
): ImportReport {
  const status = overrides.status ?? "applied"
  return {
    importId: "7d3c",
    district: { id: "d1", name: "Maple Valley Schools", recipients: ["a@example.org"] },
    outcome: status,
    status,
    fileName: "roster.zip",
    receivedAt: new Date("2026-03-02T14:05:09.000Z"),
    reason: null,
    errorCount: 0,
    warningCount: 0,
    logicalFiles: [],
    changes: null,
    thresholdsReached: [],
    decision: null,
    problems: [],
    problemCount: 0,
    ...overrides,
  }
}

function tableRows(blocks: readonly EmailBlock[], heading: string) {
  const table = blocks.find(
    (block) => block.type === "table" && block.heading.startsWith(heading),
  )
  return table?.type === "table" ? table.rows : undefined
}

const FirstImport: ChangeSummary = {
  orgs: { created: 3, updated: 0, removed: 0, existing: 0 },
  academicSessions: { created: 4, updated: 0, removed: 0, existing: 0 },
  users: { created: 1200, updated: 0, removed: 0, existing: 0 },
  classes: { created: 80, updated: 0, removed: 0, existing: 0 },
  teacherEnrollments: { created: 160, updated: 0, removed: 0, existing: 0 },
  studentEnrollments: { created: 2200, updated: 0, removed: 0, existing: 0 },
}

describe("percentages", () => {
  it("rounds to one decimal and shows a dash where there is no base", () => {
    expect([
      formatPercent(1, 3),
      formatPercent(1, 8),
      formatPercent(0, 10),
      formatPercent(25, 10),
      formatPercent(0, 0),
      formatPercent(5, 0),
      formatShare(1234, 1000),
      formatShare(7, 0),
    ]).toEqual(["33.3%", "12.5%", "0.0%", "250.0%", "—", "—", "1,234 (123.4%)", "7 (—)"])
  })

  it("shows a dash, never NaN or Infinity, for a district's first import", () => {
    const logicalFiles = [
      { kind: "orgs" as const, rowsRead: 0, rowsWithErrors: 0, warnings: 0 },
    ]

    const firstImport = report({ changes: FirstImport, logicalFiles })
    const document = describeImportResults(firstImport, links)
    const email = renderImportResults(firstImport, links)

    expect(tableRows(document.blocks, "Records")).toEqual([
      ["Orgs", "0", "0 (—)", "0", "3 (—)", "0 (—)", "0 (—)"],
      ["Academic sessions", "—", "—", "0", "4 (—)", "0 (—)", "0 (—)"],
      ["Users", "—", "—", "0", "1,200 (—)", "0 (—)", "0 (—)"],
      ["Classes", "—", "—", "0", "80 (—)", "0 (—)", "0 (—)"],
      ["Teacher enrollments", "—", "—", "0", "160 (—)", "0 (—)", "0 (—)"],
      ["Student enrollments", "—", "—", "0", "2,200 (—)", "0 (—)", "0 (—)"],
    ])
    expect(`${email.text}${email.html}`).not.toMatch(/NaN|Infinity/)
  })

  it("says so when no file was read and nothing compared, instead of an empty table", () => {
    const document = describeImportResults(report({ status: "failed" }), links)

    expect(document.blocks.filter((block) => block.type !== "facts")).toEqual([
      {
        type: "paragraph",
        text: "The import failed, so nothing was applied; the roster is as it was.",
      },
      {
        type: "paragraph",
        heading: "Records",
        text: "No file was read, and nothing was compared with the roster.",
      },
      { type: "link", label: "Open the import", url: links.importUrl },
      {
        type: "paragraph",
        text: "This email holds counts and ids only; the import shows every problem and change.",
      },
    ])
  })
})

const hostileImportUrl = `https://homeroom.example.org/v1/imports/"><script>`
const hostileLinks = {
  importUrl: hostileImportUrl,
  changesUrl: `${hostileImportUrl}/changes`,
  problemsUrl: `${hostileImportUrl}/problems`,
  decisionUrl: `${hostileImportUrl}/decision`,
}

describe("HTML escaping", () => {
  it("escapes the characters that could open markup or leave an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
    )
  })

  it("escapes every value in the HTML part and leaves the text part as written", () => {
    const hostile = report({
      district: { id: "d1", name: `Maple & <Valley> "Schools"`, recipients: [] },
      fileName: "<script>alert('x')</script>.zip",
      status: "rejected",
      reason: "Header <b>wrong</b>",
      problemCount: 1,
      problems: [
        {
          severity: "error",
          code: "HR_VAL_HEADER_MISMATCH",
          file: "users<1>.csv",
          line: 1,
          column: `"role"`,
          message: "Expected <sourcedId> & more",
        },
      ],
    })

    const email = renderImportResults(hostile, hostileLinks)

    expect(email.html).not.toMatch(/<script|<b>|<Valley>|<sourcedId>|users<1>/)
    expect(
      [
        "<title>Import Results: rejected — Maple &amp; &lt;Valley&gt; &quot;Schools&quot;</title>",
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;.zip",
        "Header &lt;b&gt;wrong&lt;/b&gt;",
        "users&lt;1&gt;.csv",
        "&quot;role&quot;",
        "Expected &lt;sourcedId&gt; &amp; more",
        'href="https://homeroom.example.org/v1/imports/&quot;&gt;&lt;script&gt;"',
      ].filter((part) => !email.html.includes(part)),
    ).toEqual([])
    expect(email.subject).toBe(`Import Results: rejected — Maple & <Valley> "Schools"`)
    expect(email.text).toContain("File      <script>alert('x')</script>.zip")
  })
})

describe("Check Your Data escaping", () => {
  it("escapes school names and review addresses in the HTML part", () => {
    const paused = report({
      status: "paused",
      thresholdsReached: [
        {
          threshold: { kind: "users", measure: "removed", count: 10 },
          value: 12,
          base: 40,
          percent: 30,
          reachedBy: ["count"],
          schools: [{ sourcedId: "org<1>", name: `<b>North</b> & "South"`, count: 12 }],
        },
      ],
    })

    const email = renderCheckYourData(paused, hostileLinks)

    expect(email.html).not.toMatch(/<script|<b>|org<1>/)
    expect(
      [
        '<td style="border:1px solid #cbd2d9;padding:4px 8px;text-align:left">' +
          "&lt;b&gt;North&lt;/b&gt; &amp; &quot;South&quot;</td>",
        "org&lt;1&gt;",
        'href="https://homeroom.example.org/v1/imports/&quot;&gt;&lt;script&gt;/changes"',
      ].filter((part) => !email.html.includes(part)),
    ).toEqual([])
    expect(email.text).toContain(`<b>North</b> & "South"  org<1>        12`)
  })
})

describe("Import Results content", () => {
  it("lists the first 20 problems and says how many there are", () => {
    const problems = Array.from({ length: 20 }, (_, index) => ({
      severity: "error" as const,
      code: "HR_VAL_REQUIRED_VALUE",
      file: "users.csv",
      line: index + 2,
      column: "givenName",
      message: "A required value is blank.",
    }))

    const document = describeImportResults(
      report({ status: "failed", problems, problemCount: 1234 }),
      links,
    )

    const table = document.blocks.find((block) => block.type === "table")
    expect(table?.type === "table" && [table.heading, table.rows.length]).toEqual([
      "Problems (the first 20 of 1,234)",
      20,
    ])
  })

  it("keeps the subject on one line whatever the district's name holds", () => {
    const email = renderImportResults(
      report({
        district: { id: "d1", name: "Maple\r\nBcc: x@example.org", recipients: [] },
      }),
      links,
    )

    expect(email.subject).toBe("Import Results: applied — Maple Bcc: x@example.org")
  })
})
