import { RosterErrors } from "../errors.js"

/** Encodes the last `sourcedId` of a page as an opaque cursor. */
export function encodeCursor(sourcedId: string): string {
  return Buffer.from(JSON.stringify({ after: sourcedId })).toString("base64url")
}

/** The `sourcedId` a cursor continues after; a cursor we did not give out is refused. */
export function decodeCursor(cursor: string): string {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString())
    if (typeof value === "object" && value !== null && "after" in value) {
      const after = value.after
      if (typeof after === "string" && after !== "") return after
    }
  } catch {
    // Not JSON: refused below like any other foreign cursor.
  }
  throw RosterErrors.CURSOR_INVALID()
}
