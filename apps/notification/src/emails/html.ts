/** Markup that is already safe to insert: built by {@link html}, never from raw text. */
export class SafeHtml {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup
  }
}

/** What may be interpolated into {@link html}: text is escaped, markup kept. */
export type HtmlValue = string | number | SafeHtml | readonly HtmlValue[]

const Entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

/** Escapes text for HTML content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => Entities[character] ?? character)
}

/**
 * A template tag that escapes every interpolated value unless it is markup built by this
 * same tag, so no value can be inserted into an email unescaped by forgetting to.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? ""
  values.forEach((value, index) => {
    markup += toMarkup(value) + (strings[index + 1] ?? "")
  })
  return new SafeHtml(markup)
}

function toMarkup(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.markup
  if (Array.isArray(value)) return value.map(toMarkup).join("")
  return escapeHtml(String(value))
}
