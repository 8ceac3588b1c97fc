import { describe, expect, test } from "vitest"
import { RecordIndex } from "../src/bundle/records/record-index.js"
import { SourcedIdTable } from "../src/bundle/records/sourced-id-table.js"
import { DeferredRows } from "../src/bundle/rows/deferred-rows.js"

describe("the sourcedId table", () => {
  test("keeps an entry for each of many ids while it grows", () => {
    const table = new SourcedIdTable()
    const ids = Array.from({ length: 200_000 }, (_, index) => `enr-${index}-${index % 7}`)

    for (const [index, id] of ids.entries()) table.set(id, index + 1)

    expect(ids.every((id, index) => table.get(id) === index + 1)).toBe(true)
    expect(table.get("enr-unknown")).toBe(0)
  })
})

describe("the record index", () => {
  test("reports the first line of a sourcedId seen again", () => {
    const index = new RecordIndex()

    expect([
      index.register("u1", 2),
      index.register("u2", 3),
      index.register("u1", 9),
    ]).toEqual([2, 3, 2])
  })

  test("tells rejected, accepted and pending rows apart, with their kind", () => {
    const index = new RecordIndex()
    for (const [id, line] of [
      ["a", 2],
      ["b", 3],
      ["c", 4],
    ] as const)
      index.register(id, line)

    index.accept("b", 4)
    index.defer("c", 7)

    expect(["a", "b", "c", "d"].map((id) => index.standing(id))).toEqual([
      { status: "rejected" },
      { status: "accepted", kind: 4 },
      { status: "pending" },
      undefined,
    ])
    index.settle("c", true)
    expect(index.standing("c")).toEqual({ status: "accepted", kind: 7 })
    expect(index.register("c", 10)).toBe(4)
  })
})

describe("deferred rows", () => {
  function pendingIndex(ids: readonly string[]): RecordIndex {
    const index = new RecordIndex()
    ids.forEach((id, position) => {
      index.register(id, position + 2)
      index.defer(id, 0)
    })
    return index
  }

  test("a chain of rows waiting on rows below them is accepted when its end stands", () => {
    const index = pendingIndex(["dept", "school"])
    index.register("district", 4)
    index.accept("district", 0)
    const deferred = new DeferredRows()
    deferred.add(2, "dept", ["school"])
    deferred.add(3, "school", ["district"])

    deferred.settle(index)

    expect(index.standing("dept")?.status).toBe("accepted")
    expect(index.standing("school")?.status).toBe("accepted")
  })

  test("a failure at the end of a chain leaves out every row waiting on it", () => {
    const index = pendingIndex(["dept", "school"])
    const deferred = new DeferredRows()
    deferred.add(2, "dept", ["school"])
    deferred.add(3, "school", ["missing"])

    deferred.settle(index)

    expect(index.standing("dept")?.status).toBe("rejected")
    expect(index.standing("school")?.status).toBe("rejected")
  })

  test("is asked about lines in ascending order", () => {
    const deferred = new DeferredRows()
    deferred.add(3, "a", ["x"])
    deferred.add(7, "b", ["x"])

    expect([2, 3, 4, 7, 8].map((line) => deferred.includes(line))).toEqual([
      false,
      true,
      false,
      true,
      false,
    ])
  })
})
