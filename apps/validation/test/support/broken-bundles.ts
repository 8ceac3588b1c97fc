import { randomBytes } from "node:crypto"
import { readFile, stat, truncate, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { deflated, type RawEntry, writeRawZip, zerosDeflated } from "./raw-zip.js"
import { csv, Headers, TinyRows, tinyBundle } from "./tiny-bundle.js"
import { writeZip, writeZipEntries } from "./zip-bundle.js"

/** Writes a bundle into a folder and returns its path. */
export type BundleWriter = (directory: string) => Promise<string>

const gibibyte = 1024 * 1024 * 1024

/**
 * Bundles that no import may apply, each built on the small district of
 * `tinyBundle` and each rejected for one fatal problem. They are shared by
 * validation's own tests and the platform tests.
 */
export const BrokenBundles = {
  /** CSV text uploaded as if it were the zip. */
  notAZip: async (directory) => {
    const path = nextPath(directory, "not-a-zip")
    await writeFile(path, "sourcedId,status\n")
    return path
  },

  /** A zip archive holding nothing. */
  emptyZip: (directory) => writeZip(directory, {}),

  /** The first half of a good bundle, its central directory lost. */
  truncatedZip: async (directory) => {
    const path = await writeZip(directory, tinyBundle())
    const { size } = await stat(path)
    await truncate(path, Math.floor(size / 2))
    return path
  },

  /** An entry named `../evil.csv`, which would land outside an unpacking folder. */
  climbingEntry: (directory) => withEntryRenamed(directory, "../evil.csv"),

  /** An entry named `/x/evil.csv`. */
  absoluteEntry: (directory) => withEntryRenamed(directory, "/x/evil.csv"),

  /** orgs.csv twice under the same path. */
  sameFileTwice: (directory) => {
    const files = tinyBundle()
    return writeZipEntries(directory, [
      ...Object.entries(files),
      ["orgs.csv", files["orgs.csv"] ?? ""],
    ])
  },

  /** users.csv honestly declaring 3 GiB of zeros. */
  declaredZipBomb: async (directory) => {
    const path = nextPath(directory, "declared-bomb")
    const data = zerosDeflated(3 * 1024)
    await writeRawZip(
      path,
      bundleWithUsers({ name: "", data, declaredSize: 3 * gibibyte }),
    )
    return path
  },

  /** users.csv inflating to 3 GiB of zeros while declaring 10 KB. */
  lyingZipBomb: async (directory) => {
    const path = nextPath(directory, "lying-bomb")
    const data = zerosDeflated(3 * 1024)
    await writeRawZip(path, bundleWithUsers({ name: "", data, declaredSize: 10_000 }))
    return path
  },

  /** users.csv saved as Latin-1, with an accented name on line 4. */
  notUtf8: (directory) => {
    const users = csv(
      Headers.users,
      ...TinyRows["users.csv"].slice(0, 2),
      "x1,,,true,s1,student,jose,,José,Ruiz,,,,,,,,",
    )
    const files = { "users.csv": Buffer.from(users, "latin1") }
    return writeZip(directory, tinyBundle({ files }))
  },

  /** A users.csv record of over a million characters, on line 2. */
  absurdLine: (directory) => {
    // Random text, so the file does not compress beyond the ratio limit.
    const fields = Array.from({ length: 20 }, () => randomBytes(30_000).toString("hex"))
    const row = `u1,,,true,s1,teacher,jsmith,,Jane,Smith,${fields.join(",")}`
    const users = csv(Headers.users, row, ...TinyRows["users.csv"].slice(1))
    return writeZip(directory, tinyBundle({ files: { "users.csv": users } }))
  },

  /** enrollments.csv with its header and no rows. */
  noDataRows: (directory) =>
    writeZip(directory, tinyBundle({ rows: { "enrollments.csv": [] } })),

  /** No users.csv. */
  missingFile: (directory) => {
    const files = tinyBundle()
    delete files["users.csv"]
    return writeZip(directory, files)
  },

  /** orgs.csv without its `identifier` column. */
  wrongHeader: (directory) => {
    const orgs = csv(
      "sourcedId,status,dateLastModified,name,type,parentSourcedId",
      "d1,,,Lakeside District,district,",
      "s1,,,Lakeside High,school,d1",
    )
    return writeZip(directory, tinyBundle({ files: { "orgs.csv": orgs } }))
  },
} satisfies Record<string, BundleWriter>

/** The name of one broken bundle. */
export type BrokenBundle = keyof typeof BrokenBundles

let pathCount = 0

function nextPath(directory: string, name: string): string {
  pathCount += 1
  return join(directory, `${name}-${pathCount}.zip`)
}

/**
 * The small district with an extra entry whose name no zip library writes: the zip is
 * written with a stand-in name of the same length, which is then replaced in place.
 */
async function withEntryRenamed(directory: string, name: string): Promise<string> {
  const standIn = "x".repeat(name.length)
  const path = await writeZip(directory, { ...tinyBundle(), [standIn]: "x" })
  const bytes = await readFile(path)

  for (let at = bytes.indexOf(standIn); at !== -1; at = bytes.indexOf(standIn, at + 1)) {
    bytes.write(name, at)
  }
  await writeFile(path, bytes)
  return path
}

/** The small district as raw entries, with users.csv replaced by `users`. */
function bundleWithUsers(users: RawEntry): RawEntry[] {
  return Object.entries(tinyBundle()).map(([name, content]) => {
    if (name === "users.csv") return { ...users, name }
    return { ...deflated(String(content)), name }
  })
}
