import { Writable } from "node:stream"
import type { RosterEntity } from "@homeroom/contracts"
import { describe, expect, test } from "vitest"
import { validateBundle } from "../src/bundle/index.js"
import { encodeCopyValue } from "../src/bundle/output/copy-csv.js"
import { MemorySink } from "./support/memory-sink.js"
import { csv, tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace, writeZip } from "./support/zip-bundle.js"

const workspace = useWorkspace()

/**
 * A sink whose enrollments stream is slow (each write takes 20 ms) and counts writes
 * made while it had asked the writer to wait for 'drain'. Correct code never makes one,
 * whatever the timing.
 */
class SlowSink extends MemorySink {
  writesWhileFull = 0
  received: string[] = []

  override open(entity: RosterEntity): Writable {
    if (entity !== "enrollments") return super.open(entity)

    const stream = new Writable({
      highWaterMark: 1024,
      write: (chunk: Buffer, _encoding, callback) => {
        this.received.push(chunk.toString("utf8"))
        setTimeout(callback, 20)
      },
    })
    const write = stream.write.bind(stream)
    stream.write = ((...args: Parameters<typeof write>) => {
      if (stream.writableNeedDrain) this.writesWhileFull += 1
      return write(...args)
    }) as typeof stream.write
    return stream
  }
}

describe("normalised output", () => {
  test("a slow destination is waited for and receives every row", async () => {
    const ids = Array.from({ length: 5000 }, (_, index) => `e${index + 10}`)
    const rows = ids.map((id) => `${id},,,c1,s1,u2,student,,,`)
    const path = await writeZip(
      workspace(),
      tinyBundle({ rows: { "enrollments.csv": rows } }),
    )
    const sink = new SlowSink()

    const report = await validateBundle(path, {
      normalised: sink,
      onProblem: () => undefined,
    })

    expect(report.outcome).toBe("validated")
    expect(sink.received.length).toBeGreaterThan(2)
    expect(sink.writesWhileFull).toBe(0)
    expect(sink.received.join("")).toBe(
      csv(
        "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate,metadata",
        ...ids.map((id) => `${id},active,,c1,s1,u2,student,,,,`),
      ),
    )
  })

  test("a destination that fails makes validation fail, not report a problem", async () => {
    const path = await writeZip(workspace(), tinyBundle())
    const problems: unknown[] = []
    const failing = {
      open: () =>
        new Writable({
          write: (_chunk, _encoding, callback) => callback(new Error("disk full")),
        }),
    }

    await expect(
      validateBundle(path, {
        normalised: failing,
        onProblem: (problem) => {
          problems.push(problem)
        },
      }),
    ).rejects.toThrow("disk full")
    expect(problems).toEqual([])
  })

  test("values are quoted only when COPY needs it", () => {
    expect(
      [null, "", "plain", "a,b", 'say "hi"', "two\nlines", "\\.", " spaced "].map(
        encodeCopyValue,
      ),
    ).toEqual([
      "",
      '""',
      "plain",
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      '"\\."',
      " spaced ",
    ])
  })
})
