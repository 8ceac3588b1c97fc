import type { EmailDocument, RenderedEmail } from "./email-document.js"
import { renderHtml } from "./render-html.js"
import { renderText } from "./render-text.js"

/**
 * Renders a document into an email whose subject is the document's title. The title is
 * kept on one line whatever a district's name holds, so no value can add a header.
 */
export function renderEmail(document: EmailDocument): RenderedEmail {
  const title = document.title.replace(/\s+/g, " ")
  const page = { ...document, title }
  return { subject: title, text: renderText(page), html: renderHtml(page) }
}
