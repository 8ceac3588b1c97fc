import { generateKeyPairSync, randomBytes } from "node:crypto"

const KeyType = "ssh-ed25519"
/** An ed25519 seed and public key are 32 bytes, the last bytes of their DER forms. */
const KeyLength = 32
/** The unencrypted OpenSSH format pads its private section to this block size. */
const BlockSize = 8

/**
 * A new ed25519 private key in OpenSSH's own format, the one `ssh-keygen` writes. It is
 * encoded here rather than by ssh2's generator, which drops leading zero bytes of the
 * public key and so writes an unreadable key about once in 256 (ssh2 issue #1390).
 */
export function generateOpenSshHostKey(comment: string): string {
  // DER, not JWK: Node 20's JWK export of Ed keys can deadlock when a collection runs.
  const pair = generateKeyPairSync("ed25519", {
    privateKeyEncoding: { type: "pkcs8", format: "der" },
    publicKeyEncoding: { type: "spki", format: "der" },
  })
  const seed = pair.privateKey.subarray(-KeyLength)
  const publicKey = pair.publicKey.subarray(-KeyLength)

  const body = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sshString("none"),
    sshString("none"),
    sshString(""),
    uint32(1),
    sshString(publicBlob(publicKey)),
    sshString(privateSection(seed, publicKey, comment)),
  ])
  return armour(body)
}

function publicBlob(publicKey: Buffer): Buffer {
  return Buffer.concat([sshString(KeyType), sshString(publicKey)])
}

/** Two equal check numbers, the key, its comment, then padding 1, 2, 3... */
function privateSection(seed: Buffer, publicKey: Buffer, comment: string): Buffer {
  const check = randomBytes(4)
  const section = Buffer.concat([
    check,
    check,
    sshString(KeyType),
    sshString(publicKey),
    sshString(Buffer.concat([seed, publicKey])),
    sshString(comment),
  ])
  const padLength = (BlockSize - (section.length % BlockSize)) % BlockSize
  const padding = Buffer.from(Array.from({ length: padLength }, (_, index) => index + 1))
  return Buffer.concat([section, padding])
}

function armour(body: Buffer): string {
  const lines = body.toString("base64").match(/.{1,70}/g) ?? []
  return [
    "-----BEGIN OPENSSH PRIVATE KEY-----",
    ...lines,
    "-----END OPENSSH PRIVATE KEY-----",
    "",
  ].join("\n")
}

function sshString(value: string | Buffer): Buffer {
  const bytes = typeof value === "string" ? Buffer.from(value) : value
  return Buffer.concat([uint32(bytes.length), bytes])
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4)
  bytes.writeUInt32BE(value)
  return bytes
}
