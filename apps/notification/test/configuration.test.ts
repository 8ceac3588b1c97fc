import { readConfig } from "@homeroom/service-kit"
import { describe, expect, it } from "vitest"
import { NotificationVariables } from "../src/config/variables.js"

describe("configuration", () => {
  it("has working defaults for a developer's machine", () => {
    expect(readConfig(NotificationVariables, {})).toEqual({
      NOTIFICATION_PORT: 3004,
      SMTP_URL: "smtp://127.0.0.1:1025",
      MAIL_FROM: { name: "Homeroom", address: "imports@homeroom.local" },
      PUBLIC_BASE_URL: "http://127.0.0.1:8080",
      NOTIFICATION_RETRY_DELAY_MS: 30_000,
    })
  })

  it("reports every bad variable at once and never echoes the SMTP URL", () => {
    const read = () =>
      readConfig(NotificationVariables, {
        SMTP_URL: "http://mailer:s3cret@mail.example.org",
        MAIL_FROM: "two@example.org, addresses@example.org",
        PUBLIC_BASE_URL: "ftp://example.org",
      })

    expect(read).toThrow(
      expect.objectContaining({
        code: "HR_KIT_CONFIG_INVALID",
        message: [
          "The service configuration is invalid:",
          "  - SMTP_URL is (hidden): expected a URL starting with smtp:// or smtps://",
          '  - MAIL_FROM is "two@example.org, addresses@example.org": expected one address, such as Homeroom <imports@example.org>',
          '  - PUBLIC_BASE_URL is "ftp://example.org": expected a URL starting with http:// or https://',
        ].join("\n"),
      }),
    )
  })
})
