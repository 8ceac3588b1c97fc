import type {
  EmailBlock,
  EmailColumn,
  EmailDocument,
  EmailFact,
  EmailList,
  EmailListItem,
  EmailTable,
} from "./email-document.js"
import { html, type SafeHtml } from "./html.js"

// Mail clients drop <style> elements and external sheets, so styles are inline.
const Styles = {
  body: "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933",
  title: "font-size:18px",
  heading: "font-size:16px;margin:16px 0 4px",
  table: "border-collapse:collapse",
  cell: "border:1px solid #cbd2d9;padding:4px 8px",
  label: "padding:2px 16px 2px 0;text-align:left",
} as const

/** Renders a document as the HTML part of an email; every value is escaped. */
export function renderHtml(document: EmailDocument): string {
  const page = html`<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>${document.title}</title></head>
<body style="${Styles.body}">
<h1 style="${Styles.title}">${document.title}</h1>
${document.blocks.map(renderBlock)}</body>
</html>
`
  return page.markup
}

function renderBlock(block: EmailBlock): SafeHtml {
  switch (block.type) {
    case "facts":
      return renderFacts(block.facts)
    case "table":
      return html`${renderHeading(block.heading)}${renderTable(block)}`
    case "list":
      return html`${renderHeading(block.heading)}${renderList(block)}`
    case "paragraph":
      return html`${renderHeading(block.heading)}<p>${block.text}</p>\n`
    case "link":
      return html`<p><a href="${block.url}">${block.label}</a></p>\n`
  }
}

function renderHeading(heading: string | undefined): SafeHtml {
  return heading ? html`<h2 style="${Styles.heading}">${heading}</h2>\n` : html``
}

function renderFacts(facts: readonly EmailFact[]): SafeHtml {
  const rows = facts.map((fact) => {
    const label = html`<th style="${Styles.label}">${fact.label}</th>`
    return html`<tr>${label}<td>${fact.value}</td></tr>\n`
  })
  return html`<table style="${Styles.table}">\n${rows}</table>\n`
}

function renderList(list: EmailList): SafeHtml {
  return html`<ul>\n${list.items.map(renderListItem)}</ul>\n`
}

function renderListItem(item: EmailListItem): SafeHtml {
  return item.url
    ? html`<li>${item.text}: <a href="${item.url}">${item.url}</a></li>\n`
    : html`<li>${item.text}</li>\n`
}

function renderTable({ columns, rows }: EmailTable): SafeHtml {
  const headings = columns.map((column) => renderCell("th", column, column.heading))
  const body = rows.map((row) => {
    const cells = columns.map((column, index) =>
      renderCell("td", column, row[index] ?? ""),
    )
    return html`<tr>${cells}</tr>\n`
  })

  return html`<table style="${Styles.table}">
<thead><tr>${headings}</tr></thead>
<tbody>
${body}</tbody>
</table>
`
}

function renderCell(tag: "th" | "td", column: EmailColumn, value: string): SafeHtml {
  const style = `${Styles.cell};text-align:${column.align}`
  return tag === "th"
    ? html`<th style="${style}">${value}</th>`
    : html`<td style="${style}">${value}</td>`
}
