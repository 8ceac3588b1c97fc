/** The API path of one import. */
export function importPath(importId: string): string {
  return `/v1/imports/${importId}`
}

const UuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Whether a text can be an import id. Checked before querying, because Postgres refuses
 * a malformed uuid with an error where the API owes a plain "not found".
 */
export function isImportId(text: string): boolean {
  return UuidShape.test(text)
}
