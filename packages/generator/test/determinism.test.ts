import { createHash } from "node:crypto"
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import { Writable } from "node:stream"
import { describe, expect, onTestFinished, test } from "vitest"
import { generateBundle, writeBundle } from "../src/index.js"
import { temporaryFolder } from "./support/temporary-folder.js"

const folder = await temporaryFolder()

async function sha256Of(path: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex")
}

describe("determinism", () => {
  test("the same options give byte-identical zips, and the reported hash is the file's", async () => {
    const options = { size: "small", seed: 7, day: 2 } as const
    const first = await generateBundle(join(folder, "first.zip"), options)
    const second = await generateBundle(join(folder, "second.zip"), options)

    expect(await sha256Of(first.path)).toBe(first.sha256)
    expect(await sha256Of(second.path)).toBe(first.sha256)
    expect({ ...second, path: "" }).toEqual({ ...first, path: "" })
  })

  test("the bytes do not depend on the time zone of the machine", async () => {
    const original = process.env["TZ"]
    onTestFinished(() => restoreTimeZone(original))

    process.env["TZ"] = "UTC"
    const utc = await generateBundle(join(folder, "utc.zip"), { seed: 3 })
    process.env["TZ"] = "Pacific/Kiritimati"
    const kiritimati = await generateBundle(join(folder, "kiritimati.zip"), { seed: 3 })

    expect(kiritimati.sha256).toBe(utc.sha256)
  })

  test("writing to a stream gives the same bytes as writing to a file", async () => {
    const chunks: Buffer[] = []
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk)
        done()
      },
    })

    const streamed = await writeBundle({ size: "tiny", seed: 11 }, sink)
    const written = await generateBundle(join(folder, "tiny.zip"), {
      size: "tiny",
      seed: 11,
    })

    expect(Buffer.concat(chunks)).toEqual(await readFile(written.path))
    expect({ ...written, path: "" }).toEqual({ ...streamed, path: "" })
  })

  test("another seed, day or password option gives another zip", async () => {
    const base = await generateBundle(join(folder, "base.zip"), { seed: 5 })
    const variants = await Promise.all([
      generateBundle(join(folder, "seed.zip"), { seed: 6 }),
      generateBundle(join(folder, "day.zip"), {
        seed: 5,
        day: 1,
        churn: { leaveRate: 0.5 },
      }),
      generateBundle(join(folder, "passwords.zip"), { seed: 5, passwords: true }),
    ])

    for (const variant of variants) expect(variant.sha256).not.toBe(base.sha256)
  })
})

function restoreTimeZone(original: string | undefined): void {
  if (original === undefined) delete process.env["TZ"]
  else process.env["TZ"] = original
}
