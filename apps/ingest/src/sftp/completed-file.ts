/** A file an SFTP client finished writing, ready to become an import. */
export interface CompletedFile {
  readonly districtId: string
  /** The file's name in `/upload`, as the client gave it. */
  readonly fileName: string
  /** Where its bytes are on local disk. */
  readonly path: string
  readonly sizeBytes: number
}

/** How the file is named in what administrators read: `upload/<name>`. */
export function shownPath(file: CompletedFile): string {
  return `upload/${file.fileName}`
}
