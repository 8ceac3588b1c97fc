/** How a table column lines up: text to the left, numbers to the right. */
export type ColumnAlignment = "left" | "right"

/** One column of a table in an email. */
export interface EmailColumn {
  readonly heading: string
  readonly align: ColumnAlignment
}

/** A label and its value, such as `Outcome: applied`. */
export interface EmailFact {
  readonly label: string
  readonly value: string
}

/** A table with a heading; every row holds one cell per column. */
export interface EmailTable {
  readonly type: "table"
  readonly heading: string
  readonly columns: readonly EmailColumn[]
  readonly rows: ReadonlyArray<readonly string[]>
}

/** One item of a list: a sentence, and the address it refers to, if any. */
export interface EmailListItem {
  readonly text: string
  readonly url?: string
}

/** A list of items, with a heading if it opens a section. */
export interface EmailList {
  readonly type: "list"
  readonly heading?: string
  readonly items: readonly EmailListItem[]
}

/** One part of an email, rendered alike in its text and its HTML version. */
export type EmailBlock =
  | { readonly type: "facts"; readonly facts: readonly EmailFact[] }
  | EmailTable
  | EmailList
  | { readonly type: "paragraph"; readonly heading?: string; readonly text: string }
  | { readonly type: "link"; readonly label: string; readonly url: string }

/**
 * What an email says, before it is rendered. Templates describe an email as a document;
 * the text and HTML renderers turn any document into a body, so every email carries the
 * same content in both parts.
 */
export interface EmailDocument {
  readonly title: string
  readonly blocks: readonly EmailBlock[]
}

/** A rendered email: its subject and both bodies. */
export interface RenderedEmail {
  readonly subject: string
  readonly text: string
  readonly html: string
}
