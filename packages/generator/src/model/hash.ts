/**
 * What a pseudo-random draw decides. Each decision hashes its own purpose, so changing
 * how one attribute is drawn never shifts the others.
 */
export const Purposes = {
  districtName: 1,
  schoolName: 2,
  givenName: 3,
  familyName: 4,
  middleName: 5,
  grade: 6,
  enabled: 7,
  guardianCount: 8,
  guardianRole: 9,
  guardianFamily: 10,
  leave: 11,
  arrivals: 12,
  update: 13,
  updateKind: 14,
  newGrade: 15,
  classSubject: 16,
  classTerms: 17,
  coTeaching: 18,
  coTeachers: 19,
  classCount: 20,
  classChoice: 21,
  secondSchool: 22,
  password: 23,
} as const

/** A kind of pseudo-random decision. */
export type Purpose = (typeof Purposes)[keyof typeof Purposes]

/**
 * A 32-bit hash of a seed, a purpose and up to four indices (MurmurHash3's mixing
 * steps). Records are drawn from their indices rather than from a running generator,
 * so any record can be rebuilt alone and nothing has to be held in memory.
 */
export function hashOf(
  seed: number,
  purpose: Purpose,
  a = 0,
  b = 0,
  c = 0,
  d = 0,
): number {
  let hash = mix(seed, purpose)

  hash = mix(mix(mix(mix(hash, a), b), c), d)

  return finish(hash)
}

/** A draw in [0, 1) for the same inputs as {@link hashOf}. */
export function chanceOf(
  seed: number,
  purpose: Purpose,
  a = 0,
  b = 0,
  c = 0,
  d = 0,
): number {
  return hashOf(seed, purpose, a, b, c, d) / 0x1_0000_0000
}

/** A whole number in [0, count) for the same inputs as {@link hashOf}. */
export function pickOf(
  count: number,
  seed: number,
  purpose: Purpose,
  a = 0,
  b = 0,
  c = 0,
): number {
  return hashOf(seed, purpose, a, b, c, count) % count
}

/** Turns a seed given as text or any integer into the 32-bit seed the hashes take. */
export function seedOf(seed: number | string): number {
  if (typeof seed === "number") {
    if (!Number.isSafeInteger(seed)) throw new RangeError("seed must be an integer")
    return seed >>> 0
  }

  let hash = 0x811c9dc5
  for (const byte of new TextEncoder().encode(seed)) hash = mix(hash, byte)

  return finish(hash)
}

function mix(hash: number, value: number): number {
  let block = Math.imul(value | 0, 0xcc9e2d51)
  block = (block << 15) | (block >>> 17)
  block = Math.imul(block, 0x1b873593)

  let mixed = hash ^ block
  mixed = (mixed << 13) | (mixed >>> 19)

  return (Math.imul(mixed, 5) + 0xe6546b64) | 0
}

function finish(hash: number): number {
  let mixed = hash ^ (hash >>> 16)
  mixed = Math.imul(mixed, 0x85ebca6b)
  mixed ^= mixed >>> 13
  mixed = Math.imul(mixed, 0xc2b2ae35)

  return (mixed ^ (mixed >>> 16)) >>> 0
}
