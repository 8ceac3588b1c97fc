import { describe, expect, test } from "vitest"
import { BrokenBundles } from "./support/broken-bundles.js"
import { error } from "./support/problems.js"
import { validateFiles, validatePath } from "./support/run-validation.js"
import { Headers, tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

describe("hostile and broken uploads", () => {
  test("a truncated zip is not a readable zip", async () => {
    const { problems } = await validatePath(await BrokenBundles.truncatedZip(workspace()))

    expect(problems).toEqual([
      error(
        "HR_VAL_NOT_A_ZIP",
        [null, null, null, null],
        "The upload is not a readable zip archive (End of central directory record signature not found. Either not a zip file, or file is truncated.); upload a .zip file.",
      ),
    ])
  })

  test("an entry with an absolute path rejects the import", async () => {
    const { problems } = await validatePath(
      await BrokenBundles.absoluteEntry(workspace()),
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_UNSAFE_PATH",
        ["/x/evil.csv", null, null, null],
        'The entry "/x/evil.csv" has an absolute path or climbs out of its folder with ".."; zip entries must use relative paths.',
      ),
    ])
  })

  test("a file declaring 3 GiB is refused before anything is inflated", async () => {
    const path = await BrokenBundles.declaredZipBomb(workspace())

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
    const path = await BrokenBundles.lyingZipBomb(workspace())

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
    const { problems } = await validatePath(await BrokenBundles.absurdLine(workspace()))

    expect(problems).toEqual([
      error(
        "HR_VAL_LINE_TOO_LONG",
        ["users.csv", 2, null, null],
        "The record starting on line 2 is longer than 1048576 characters; records this long usually come from a quote that is never closed.",
      ),
    ])
  })
})
