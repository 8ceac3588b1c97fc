import { posix } from "node:path"

/** The one folder a district sees, and where relative paths start. */
export const UploadFolder = "/upload"

/** What a client's path points at in the district's virtual tree. */
export type Location =
  | { readonly kind: "root"; readonly path: "/" }
  | { readonly kind: "folder"; readonly path: typeof UploadFolder }
  | { readonly kind: "file"; readonly path: string; readonly name: string }
  | { readonly kind: "outside"; readonly path: string }

/** Longest file name accepted, as on common file systems. */
const MaxNameLength = 255

/**
 * Resolves a client's path inside the virtual tree: `/`, which holds only `/upload`,
 * and the files directly in `/upload`. Nothing here touches the disk, so `..`,
 * absolute paths and links can never reach a real file; whatever resolves elsewhere
 * is `outside`.
 */
export function locate(path: string): Location {
  const absolute = posix.resolve(UploadFolder, path)
  if (absolute === "/") return { kind: "root", path: "/" }
  if (absolute === UploadFolder) return { kind: "folder", path: UploadFolder }

  const name = posix.basename(absolute)
  const inFolder = posix.dirname(absolute) === UploadFolder
  if (inFolder && isFileName(name)) return { kind: "file", path: absolute, name }
  return { kind: "outside", path: absolute }
}

function isFileName(name: string): boolean {
  // Control characters would end up in logs and listings.
  const printable = [...name].every(
    (character) => character >= " " && character !== "\u007f",
  )
  return printable && name.length <= MaxNameLength
}
