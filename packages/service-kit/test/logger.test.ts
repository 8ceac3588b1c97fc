import { captureLogs } from "@homeroom/testing"
import { describe, expect, it } from "vitest"
import { createLogger } from "../src/index.js"

describe("logger", () => {
  it("writes JSON lines with the service name and redacts secrets and personal data", () => {
    const logs = captureLogs()
    const logger = createLogger({
      service: "roster",
      level: "info",
      destination: logs.destination,
    })

    logger.info(
      {
        importId: "i-1",
        user: {
          sourcedId: "s-1",
          givenName: "Ada",
          familyName: "Lovelace",
          email: "a@b.org",
        },
        password: "hunter2",
      },
      "user loaded",
    )

    const { time, ...line } = logs.lines[0] ?? {}
    expect(typeof time).toBe("string")
    expect(line).toEqual({
      level: 30,
      service: "roster",
      importId: "i-1",
      user: {
        sourcedId: "s-1",
        givenName: "[redacted]",
        familyName: "[redacted]",
        email: "[redacted]",
      },
      password: "[redacted]",
      msg: "user loaded",
    })
  })
})
