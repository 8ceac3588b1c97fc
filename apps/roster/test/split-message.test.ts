import { describe, expect, test } from "vitest"
import { splitOversized } from "../src/outbox/split-message.js"

function changesMessage(id: string, records: number) {
  const body = JSON.stringify({
    type: "roster.changes",
    id,
    data: {
      entity: "users",
      records: Array.from({ length: records }, (_, index) => ({
        sourcedId: `u-${index}`,
      })),
    },
  })
  return { subject: "roster.d.users.created", id, body }
}

describe("splitting a message too large to publish", () => {
  test("leaves a message within the limit as it is", () => {
    const message = changesMessage("i:users:created:0", 4)

    expect(splitOversized(message, 10_000)).toEqual([message])
  })

  test("halves the records until each part fits, extending the id", () => {
    const message = changesMessage("i:users:created:0", 5)
    const limit = Buffer.byteLength(changesMessage("i:users:created:0.1.1", 2).body)

    const parts = splitOversized(message, limit)

    expect(
      parts.map((part) => {
        const body = JSON.parse(part.body)
        return [
          part.id,
          body.id,
          body.data.records.map((record: { sourcedId: string }) => record.sourcedId),
        ]
      }),
    ).toEqual([
      ["i:users:created:0.1.1", "i:users:created:0.1.1", ["u-0", "u-1"]],
      ["i:users:created:0.1.2", "i:users:created:0.1.2", ["u-2"]],
      ["i:users:created:0.2", "i:users:created:0.2", ["u-3", "u-4"]],
    ])
    expect(parts.every((part) => Buffer.byteLength(part.body) <= limit)).toBe(true)
  })

  test("gives up splitting at a single record", () => {
    const message = changesMessage("i:users:created:0", 1)

    expect(splitOversized(message, 10)).toEqual([message])
  })
})
