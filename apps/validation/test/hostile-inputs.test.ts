import { randomBytes } from "node:crypto"
import { readFile, stat, truncate, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { describe, expect, test } from "vitest"
import { error } from "./support/problems.js"
import { deflated, type RawEntry, writeRawZip, zerosDeflated } from "./support/raw-zip.js"
import { validateFiles, validatePath } from "./support/run-validation.js"
import { Headers, TinyRows, tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace, writeZip } from "./support/zip-bundle.js"

const workspace = useWorkspace()

const gibibyte = 1024 * 1024 * 1024

/** The small district as raw entries, with users.csv replaced by `users`. */
function bundleWithUsers(users: RawEntry): RawEntry[] {
  return Object.entries(tinyBundle()).map(([name, content]) => {
    if (name === "users.csv") return { ...users, name }
    return { ...deflated(String(content)), name }
  })
}

describe("hostile and broken uploads", () => {
  test("a truncated zip is not a readable zip", async () => {
    const path = await writeZip(workspace(), tinyBundle())
    const { size } = await stat(path)
    await truncate(path, Math.floor(size / 2))

    const { problems } = await validatePath(path)

    expect(problems).toEqual([
      error(
        "HR_VAL_NOT_A_ZIP",
        [null, null, null, null],
        "The upload is not a readable zip archive (End of central directory record signature not found. Either not a zip file, or file is truncated.); upload a .zip file.",
      ),
    ])
  })

  test("an entry with an absolute path rejects the import", async () => {
    const path = await writeZip(workspace(), { ...tinyBundle(), "xx/evil.csv": "x" })
    const bytes = await readFile(path)
    for (
      let at = bytes.indexOf("xx/evil.csv");
      at !== -1;
      at = bytes.indexOf("xx/evil.csv")
    ) {
      bytes.write("/x/evil.csv", at)
    }
    await writeFile(path, bytes)

    const { problems } = await validatePath(path)

    expect(problems).toEqual([
      error(
        "HR_VAL_UNSAFE_PATH",
        ["/x/evil.csv", null, null, null],
        'The entry "/x/evil.csv" has an absolute path or climbs out of its folder with ".."; zip entries must use relative paths.',
      ),
    ])
  })

  test("a file declaring 3 GiB is refused before anything is inflated", async () => {
    const path = join(workspace(), "declared-bomb.zip")
    const data = zerosDeflated(3 * 1024)
    await writeRawZip(
      path,
      bundleWithUsers({ name: "", data, declaredSize: 3 * gibibyte }),
    )

    const { report, problems } = await validatePath(path)

    expect(problems).toEqual([
      error(
        "HR_VAL_ZIP_BOMB",
        ["users.csv", null, null, null],
        "users.csv expands to 3221225472 bytes, beyond any real roster (limits: 2147483648 bytes a file, 200 times compression); it was not read.",
      ),
    ])
    expect(report).toMatchObject({ outcome: "rejected", files: [] })
  })

  test("a file inflating to 3 GiB while declaring 10 KB is stopped at the declared size", async () => {
    const path = join(workspace(), "lying-bomb.zip")
    const data = zerosDeflated(3 * 1024)
    await writeRawZip(path, bundleWithUsers({ name: "", data, declaredSize: 10_000 }))

    const { report, problems } = await validatePath(path)

    expect(problems).toEqual([
      error(
        "HR_VAL_ZIP_BOMB",
        ["users.csv", null, null, null],
        "users.csv expands beyond the size its zip entry declares, as zip bombs do; it was not read further. Zip the files again.",
      ),
    ])
    expect(report).toMatchObject({
      outcome: "rejected",
      rejection: { code: "HR_VAL_ZIP_BOMB" },
    })
  })

  test("a field of absurd length rejects the import under the default limits", async () => {
    const huge = "x".repeat(100_000)
    const users = [Headers.users, `u1,,,true,s1,teacher,jsmith,,${huge},Smith,,,,,,,,`]

    const { problems } = await validateFiles(
      workspace(),
      tinyBundle({ files: { "users.csv": `${users.join("\n")}\n` } }),
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_FIELD_TOO_LONG",
        ["users.csv", 2, null, null],
        "A field is longer than 65536 characters; fields this long usually come from a quote that is never closed.",
      ),
    ])
  })

  test("a line of absurd length rejects the import under the default limits", async () => {
    // Random text, so the file does not compress beyond the ratio limit.
    const fields = Array.from({ length: 20 }, () => randomBytes(30_000).toString("hex"))
    const row = `u1,,,true,s1,teacher,jsmith,,Jane,Smith,${fields.join(",")}`
    const users = [Headers.users, row, ...TinyRows["users.csv"].slice(1)]

    const { problems } = await validateFiles(
      workspace(),
      tinyBundle({ files: { "users.csv": `${users.join("\n")}\n` } }),
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_LINE_TOO_LONG",
        ["users.csv", 2, null, null],
        "The record starting on line 2 is longer than 1048576 characters; records this long usually come from a quote that is never closed.",
      ),
    ])
  })
})
