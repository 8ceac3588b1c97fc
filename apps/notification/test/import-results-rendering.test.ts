import type { ChangeSummary } from "@homeroom/contracts"
import { describe, expect, it } from "vitest"
import type { EmailBlock } from "../src/emails/email-document.js"
import { escapeHtml } from "../src/emails/html.js"
import {
  describeImportResults,
  renderImportResults,
} from "../src/emails/import-results.js"
import { formatPercent, formatShare } from "../src/emails/numbers.js"
import type { ImportReport } from "../src/reports/import-report.js"

const links = { importUrl: "https://homeroom.example.org/v1/imports/7d3c" }

function report(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    importId: "7d3c",
    district: { id: "d1", name: "Maple Valley Schools", recipients: ["a@example.org"] },
    status: "applied",
    fileName: "roster.zip",
    receivedAt: new Date("2026-03-02T14:05:09.000Z"),
    reason: null,
    errorCount: 0,
    warningCount: 0,
    files: [],
    changes: null,
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
    const files = [{ file: "orgs.csv", rowsRead: 0, rowsWithErrors: 0, warnings: 0 }]

    const document = describeImportResults(report({ changes: FirstImport, files }), links)
    const email = renderImportResults(report({ changes: FirstImport, files }), links)

    expect(tableRows(document.blocks, "Changes")).toEqual([
      ["Orgs", "0", "3 (—)", "0 (—)", "0 (—)"],
      ["Academic sessions", "0", "4 (—)", "0 (—)", "0 (—)"],
      ["Users", "0", "1,200 (—)", "0 (—)", "0 (—)"],
      ["Classes", "0", "80 (—)", "0 (—)", "0 (—)"],
      ["Teacher enrollments", "0", "160 (—)", "0 (—)", "0 (—)"],
      ["Student enrollments", "0", "2,200 (—)", "0 (—)", "0 (—)"],
    ])
    expect(tableRows(document.blocks, "Files")).toEqual([
      ["orgs.csv", "0", "0", "—", "0"],
    ])
    expect(`${email.text}${email.html}`).not.toMatch(/NaN|Infinity/)
  })
})

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

    const email = renderImportResults(hostile, {
      importUrl: `https://homeroom.example.org/v1/imports/"><script>`,
    })

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
