import type { EmailDocument, RenderedEmail } from "./email-document.js"
import { renderHtml } from "./render-html.js"
import { renderText } from "./render-text.js"

/** Renders a document into an email whose subject is the document's title. */
export function renderEmail(document: EmailDocument): RenderedEmail {
  return {
    subject: document.title,
    text: renderText(document),
    html: renderHtml(document),
  }
}
