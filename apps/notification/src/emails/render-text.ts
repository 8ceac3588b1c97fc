import type {
  EmailBlock,
  EmailDocument,
  EmailFact,
  EmailList,
  EmailListItem,
} from "./email-document.js"
import { formatTextTable } from "./text-table.js"

/** Renders a document as the plain-text part of an email. */
export function renderText(document: EmailDocument): string {
  const parts = [document.title, ...document.blocks.map(renderBlock)]
  return `${parts.join("\n\n")}\n`
}

function renderBlock(block: EmailBlock): string {
  switch (block.type) {
    case "facts":
      return renderFacts(block.facts)
    case "table":
      return `${block.heading}\n${formatTextTable(block.columns, block.rows)}`
    case "list":
      return renderList(block)
    case "paragraph":
      return block.heading ? `${block.heading}\n${block.text}` : block.text
    case "link":
      return `${block.label}: ${block.url}`
  }
}

function renderFacts(facts: readonly EmailFact[]): string {
  const width = Math.max(...facts.map((fact) => fact.label.length))
  return facts.map((fact) => `${fact.label.padEnd(width)}  ${fact.value}`).join("\n")
}

function renderList(list: EmailList): string {
  const items = list.items.map(renderListItem).join("\n")
  return list.heading ? `${list.heading}\n${items}` : items
}

function renderListItem(item: EmailListItem): string {
  return item.url ? `- ${item.text}: ${item.url}` : `- ${item.text}`
}
