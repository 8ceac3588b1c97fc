import { integer, servicePort, url } from "@homeroom/service-kit"
import { mailbox } from "./mailbox.js"

/** The variables the notification service reads, besides the common ones. */
export const NotificationVariables = {
  NOTIFICATION_PORT: servicePort("notification", 3004),
  SMTP_URL: url({
    description: "SMTP server the emails are handed to; may carry a user and password",
    default: "smtp://127.0.0.1:1025",
    protocols: ["smtp:", "smtps:"],
    secret: true,
  }),
  MAIL_FROM: mailbox({
    description: "sender of the emails",
    default: "Homeroom <imports@homeroom.local>",
  }),
  PUBLIC_BASE_URL: url({
    description: "public address of the REST API, for links to imports in emails",
    default: "http://127.0.0.1:8080",
    protocols: ["http:", "https:"],
  }),
  NOTIFICATION_RETRY_DELAY_MS: integer({
    description:
      "how long to wait before trying an email again after the SMTP server failed",
    default: "30000",
    min: 10,
    max: 600_000,
  }),
} as const
