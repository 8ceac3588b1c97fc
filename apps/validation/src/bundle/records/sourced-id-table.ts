const initialSlots = 1 << 12
const maxLoad = 0.7
/** Each slot is three words: the high and low halves of the hash, then the entry. */
const slotWords = 3

/**
 * A hash table from sourcedIds to non-zero 32-bit entries that keeps no strings: only
 * a 64-bit hash of each id and its entry, in one typed array (12 bytes a slot, open
 * addressing with linear probing, doubled past 70% load).
 *
 * Why not a Map: a Map of the 3.5 million enrollment ids of a large district takes
 * several hundred MiB (each string and entry carries tens of bytes of overhead), and a
 * lookup touches three places in memory (bucket, entry, key string) where this table
 * touches one. 3.5 million ids fit in 2^23 slots, 96 MiB; 500,000 users in 12 MiB.
 *
 * The trade-off: two different ids with equal 64-bit hashes count as one. Among n ids
 * that happens with probability about n^2 / 2^65 (3 in 10 million for 3.5 million
 * ids); it would show as a false duplicate, or a reference resolving to the wrong row.
 */
export class SourcedIdTable {
  private table = new Uint32Array(initialSlots * slotWords)
  private slots = initialSlots
  private size = 0

  /** The entry of a sourcedId, or 0 when it has none. */
  get(sourcedId: string): number {
    hashInto(sourcedId, scratch)

    return this.table[this.find(scratch.high, scratch.low) + 2] ?? 0
  }

  /** Sets the entry of a sourcedId; entries must not be 0, which marks an empty slot. */
  set(sourcedId: string, entry: number): void {
    hashInto(sourcedId, scratch)
    const offset = this.find(scratch.high, scratch.low)
    const isNew = this.table[offset + 2] === 0

    this.table[offset] = scratch.high
    this.table[offset + 1] = scratch.low
    this.table[offset + 2] = entry
    if (isNew) this.countInsert()
  }

  private countInsert(): void {
    this.size += 1
    if (this.size > this.slots * maxLoad) this.grow()
  }

  /** The offset of the slot holding this hash, or of the empty slot where it belongs. */
  private find(high: number, low: number): number {
    const { table } = this
    const mask = this.slots - 1
    let slot = low & mask

    for (;;) {
      const offset = slot * slotWords
      if (table[offset + 2] === 0) return offset
      if (table[offset] === high && table[offset + 1] === low) return offset
      slot = (slot + 1) & mask
    }
  }

  private grow(): void {
    const old = this.table
    this.slots *= 2
    this.table = new Uint32Array(this.slots * slotWords)

    for (let offset = 0; offset < old.length; offset += slotWords) {
      const entry = old[offset + 2] ?? 0
      if (entry === 0) continue

      const high = old[offset] ?? 0
      const low = old[offset + 1] ?? 0
      const target = this.find(high, low)
      this.table[target] = high
      this.table[target + 1] = low
      this.table[target + 2] = entry
    }
  }
}

/** A 64-bit hash as two unsigned 32-bit halves. */
interface Hash64 {
  high: number
  low: number
}

// One scratch hash, so hashing millions of ids allocates nothing.
const scratch: Hash64 = { high: 0, low: 0 }

/**
 * Two 32-bit hashes of a string's UTF-16 code units (multiply-rotate rounds with
 * different constants, each ended by MurmurHash3's finaliser), used together as one
 * 64-bit hash, written into `into`.
 */
function hashInto(text: string, into: Hash64): void {
  let first = 0x9747b28c ^ text.length
  let second = 0x85ebca6b ^ text.length

  for (let position = 0; position < text.length; position += 1) {
    const code = text.charCodeAt(position)
    first = Math.imul(rotate(first ^ code, 13), 0x5bd1e995)
    second = Math.imul(rotate(second ^ code, 17), 0xcc9e2d51) + 0x6b43a9b5
  }

  into.high = finalise(first)
  into.low = finalise(second ^ first)
}

function rotate(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits))
}

function finalise(value: number): number {
  let mixed = value ^ (value >>> 16)
  mixed = Math.imul(mixed, 0x85ebca6b)
  mixed ^= mixed >>> 13
  mixed = Math.imul(mixed, 0xc2b2ae35)
  return (mixed ^ (mixed >>> 16)) >>> 0
}
