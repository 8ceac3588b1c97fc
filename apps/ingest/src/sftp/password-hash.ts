import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto"

/** scrypt's cost: N = 2^15, r = 8, p = 1 needs 32 MiB and tens of milliseconds. */
const DefaultCost = { N: 2 ** 15, r: 8, p: 1 } as const
const KeyLength = 32
const SaltLength = 16
/** Bounds on stored parameters, so a damaged row cannot make a sign-in run for ages. */
const MaxCostN = 2 ** 20
const MaxBlockSize = 32

interface ScryptCost {
  readonly N: number
  readonly r: number
  readonly p: number
}

/** A new SFTP password: 24 random bytes as base64url, 32 characters. */
export function generateSftpPassword(): string {
  return randomBytes(24).toString("base64url")
}

/**
 * Hashes a password with scrypt and a random salt. The cost is stored with the hash,
 * so it can be raised later without making existing passwords unreadable.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SaltLength)
  const hash = await derive(password, salt, DefaultCost, KeyLength)

  const { N, r, p } = DefaultCost
  return ["scrypt", N, r, p, salt.toString("base64"), hash.toString("base64")].join("$")
}

/**
 * Whether `password` matches the stored hash. Without a stored hash the work is done
 * anyway against a throwaway salt, so an unknown username takes as long to refuse as a
 * wrong password and does not give itself away.
 */
export async function verifyPassword(
  password: string,
  stored: string | null,
): Promise<boolean> {
  const parsed = stored === null ? null : parseHash(stored)
  if (!parsed) {
    await derive(password, randomBytes(SaltLength), DefaultCost, KeyLength)
    return false
  }

  const hash = await derive(password, parsed.salt, parsed.cost, parsed.hash.length)
  return timingSafeEqual(hash, parsed.hash)
}

function parseHash(stored: string) {
  const [scheme, n, r, p, salt, hash] = stored.split("$")
  if (scheme !== "scrypt" || !salt || !hash) return null

  const cost = { N: Number(n), r: Number(r), p: Number(p) }
  const parsed = {
    cost,
    salt: Buffer.from(salt, "base64"),
    hash: Buffer.from(hash, "base64"),
  }
  // A short or empty stored hash would compare equal to almost anything.
  if (!isSaneCost(cost) || parsed.hash.length < KeyLength) return null
  return parsed
}

function isSaneCost(cost: ScryptCost): boolean {
  const { N, r, p } = cost
  const whole = [N, r, p].every((value) => Number.isInteger(value) && value > 0)
  return whole && N <= MaxCostN && r <= MaxBlockSize && p <= 16
}

function derive(
  password: string,
  salt: Buffer,
  cost: ScryptCost,
  keyLength: number,
): Promise<Buffer> {
  // scrypt refuses to use more than 32 MiB unless told otherwise; it needs 128·N·r.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r }
  return new Promise((resolvePromise, reject) => {
    scrypt(password, salt, keyLength, options, (error, key) => {
      if (error) reject(error)
      else resolvePromise(key)
    })
  })
}
