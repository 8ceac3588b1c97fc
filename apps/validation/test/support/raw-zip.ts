import { writeFile } from "node:fs/promises"
import { deflateRawSync, constants as zlibConstants } from "node:zlib"

/** One entry of a hand-built zip: its bytes as stored, and the sizes it declares. */
export interface RawEntry {
  readonly name: string
  /** The entry's data as stored: raw deflate. */
  readonly data: Buffer
  /** The uncompressed size the zip declares, true or not. */
  readonly declaredSize: number
}

/**
 * Raw deflate data that inflates to `mebibytes` MiB of zeros, built in a few
 * milliseconds: one MiB is deflated once with a full flush (which ends byte-aligned
 * and resets the window, so copies can follow each other), repeated, then ended with
 * an empty final block.
 */
export function zerosDeflated(mebibytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), {
    finishFlush: zlibConstants.Z_FULL_FLUSH,
  })
  const end = deflateRawSync(Buffer.alloc(0))

  return Buffer.concat([...Array.from({ length: mebibytes }, () => block), end])
}

/** Raw deflate of a text, for the ordinary files beside a bomb. */
export function deflated(text: string): RawEntry {
  const data = Buffer.from(text)

  return { name: "", data: deflateRawSync(data), declaredSize: data.length }
}

/**
 * Writes a zip whose entries declare whatever sizes they are given, which no zip
 * library writes: local headers, data, central directory, end record. CRCs are left
 * 0, as yauzl does not check them.
 */
export async function writeRawZip(path: string, entries: readonly RawEntry[]) {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0

  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    locals.push(localHeader(entry, name), entry.data)
    centrals.push(centralHeader(entry, name, offset))
    offset += 30 + name.length + entry.data.length
  }

  const directory = Buffer.concat(centrals)
  await writeFile(
    path,
    Buffer.concat([...locals, directory, end(entries.length, directory.length, offset)]),
  )
}

function localHeader(entry: RawEntry, name: Buffer): Buffer {
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0)
  header.writeUInt16LE(20, 4)
  header.writeUInt16LE(8, 8)
  header.writeUInt32LE(entry.data.length, 18)
  header.writeUInt32LE(entry.declaredSize, 22)
  header.writeUInt16LE(name.length, 26)

  return Buffer.concat([header, name])
}

function centralHeader(entry: RawEntry, name: Buffer, offset: number): Buffer {
  const header = Buffer.alloc(46)
  header.writeUInt32LE(0x02014b50, 0)
  header.writeUInt16LE(20, 4)
  header.writeUInt16LE(20, 6)
  header.writeUInt16LE(8, 10)
  header.writeUInt32LE(entry.data.length, 20)
  header.writeUInt32LE(entry.declaredSize, 24)
  header.writeUInt16LE(name.length, 28)
  header.writeUInt32LE(offset, 42)

  return Buffer.concat([header, name])
}

function end(count: number, directorySize: number, directoryOffset: number): Buffer {
  const record = Buffer.alloc(22)
  record.writeUInt32LE(0x06054b50, 0)
  record.writeUInt16LE(count, 8)
  record.writeUInt16LE(count, 10)
  record.writeUInt32LE(directorySize, 12)
  record.writeUInt32LE(directoryOffset, 16)

  return record
}
