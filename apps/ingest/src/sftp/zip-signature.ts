import { open } from "node:fs/promises"

/** A zip starts with a local file header, or with the end record when it is empty. */
const ZipSignatures = [
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from([0x50, 0x4b, 0x05, 0x06]),
]

/**
 * Whether the file at `path` starts like a zip archive. Only the first bytes are read:
 * this keeps what is plainly not a zip (a CSV, a report, an empty file) out of the
 * pipeline; validation still reads the whole archive.
 */
export async function startsLikeZip(path: string): Promise<boolean> {
  const file = await open(path, "r")
  try {
    const head = Buffer.alloc(4)
    const { bytesRead } = await file.read(head, 0, head.length, 0)
    return bytesRead === head.length && ZipSignatures.some((zip) => zip.equals(head))
  } finally {
    await file.close()
  }
}
