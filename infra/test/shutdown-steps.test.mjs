import assert from "node:assert/strict"
import { test } from "node:test"
import { createShutdownSteps } from "../lib/processes/shutdown-steps.mjs"

test("runs the shutdown steps last-in first-out, once, despite a failing step", async () => {
  const order = []
  const shutdown = createShutdownSteps()
  await shutdown.add("postgres", async () => order.push("postgres"))
  await shutdown.add("nats", async () => {
    order.push("nats")
    throw new Error("already gone")
  })
  await shutdown.add("services", async () => order.push("services"))

  await Promise.all([shutdown.run(), shutdown.run()])

  assert.deepEqual(order, ["services", "nats", "postgres"])
})

test("runs a step added after shutdown began at once", async () => {
  const order = []
  const shutdown = createShutdownSteps()
  await shutdown.add("postgres", async () => order.push("postgres"))

  const running = shutdown.run()
  await shutdown.add("nats started during Ctrl-C", async () => order.push("late nats"))
  await running

  assert.deepEqual(order, ["postgres", "late nats"])
})
