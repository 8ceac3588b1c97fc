import { randomUUID } from "node:crypto"
import { importNotifications, imports } from "@homeroom/records"
import { waitFor } from "@homeroom/testing"
import { eq } from "drizzle-orm"
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest"
import { MapleValleyChanges, MapleValleyLogicalFiles } from "./support/fixtures.js"
import { createEndedImport, createRecipientDistrict } from "./support/import-records.js"
import { linesAbout, linesSaying } from "./support/log-lines.js"
import {
  type NotificationWorld,
  startNotificationWorld,
} from "./support/notification-world.js"
import { reserveSmtpRelay } from "./support/smtp-relay.js"

describe("an import is emailed once", () => {
  let world: NotificationWorld
  let districtId: string

  beforeAll(async () => {
    world = await startNotificationWorld()
    districtId = await createRecipientDistrict(world.database, "Maple Valley Schools", [
      "registrar@maple.example.org",
    ])
  })
  afterAll(async () => {
    await world?.close()
  })

  function createAppliedImport() {
    return createEndedImport(world.database, {
      districtId,
      status: "applied",
      logicalFiles: MapleValleyLogicalFiles,
      changes: MapleValleyChanges,
    })
  }

  async function startCopy(environment: Record<string, string> = {}) {
    const copy = await world.startCopy(environment)
    onTestFinished(() => copy.service.stop())
    return copy
  }

  it("sends one email when the same outcome is published twice under different ids", async () => {
    const copy = await startCopy()
    const importId = await createAppliedImport()

    await world.publishOutcome(districtId, importId, "applied")
    await world.publishOutcome(districtId, importId, "applied")
    await world.waitUntilHandled()

    expect(world.emailsAbout(importId)).toHaveLength(1)
    expect(linesAbout(copy.logs, importId).map((line) => line.msg)).toEqual([
      "email sent",
      "email already sent",
    ])
  })

  it("sends one email when two copies of the service handle the same outcome", async () => {
    const copies = [await startCopy(), await startCopy()]
    const importId = await createAppliedImport()

    const published = Array.from({ length: 8 }, () =>
      world.publishOutcome(districtId, importId, "applied"),
    )
    await Promise.all(published)
    await world.waitUntilHandled()

    const handled = copies.flatMap((copy) => linesAbout(copy.logs, importId))
    expect(world.emailsAbout(importId)).toHaveLength(1)
    expect(handled.filter((line) => line.msg === "email sent")).toHaveLength(1)
    expect(handled).toHaveLength(8)
    // Both copies took outcomes, so the claim, not the consumer, kept it to one email.
    expect(copies.map((copy) => linesAbout(copy.logs, importId).length > 0)).toEqual([
      true,
      true,
    ])
  })

  it("sends the email once the SMTP server comes back after failing", async () => {
    const relay = await reserveSmtpRelay(world.smtp.url)
    onTestFinished(() => relay.close())
    const copy = await startCopy({ SMTP_URL: relay.url })
    const importId = await createAppliedImport()

    await world.publishOutcome(districtId, importId, "applied")
    await waitFor(() => linesSaying(copy.logs, "work failed, will retry").length > 0)
    await relay.open()
    await world.waitUntilHandled()

    expect(world.emailsAbout(importId)).toHaveLength(1)
    expect(linesSaying(copy.logs, "work failed, will retry")[0]).toEqual({
      level: "warn",
      msg: "work failed, will retry",
      code: "HR_NOTIFY_SEND_FAILED",
    })
    expect((await world.deliveriesOf(importId)).map((row) => row.status)).toEqual([
      "sent",
    ])
  })

  it("gives up after the last attempt, logs it and leaves the import as it ended", async () => {
    const relay = await reserveSmtpRelay(world.smtp.url)
    onTestFinished(() => relay.close())
    // nats-server 2.9 ignores a terminate that carries a reason, as the kit's give-up
    // sends, so the message stays pending until the ack wait runs out; keep that short.
    const copy = await startCopy({
      SMTP_URL: relay.url,
      NOTIFICATION_RETRY_DELAY_MS: "10",
      CONSUMER_ACK_WAIT_MS: "1000",
    })
    const importId = await createAppliedImport()

    await world.publishOutcome(districtId, importId, "applied")
    await world.waitUntilHandled()

    expect(world.emailsAbout(importId)).toEqual([])
    expect(linesSaying(copy.logs, "work failed, will retry")).toHaveLength(19)
    expect(linesAbout(copy.logs, importId)).toEqual([
      { level: "error", msg: "email not sent", code: "HR_NOTIFY_NOT_SENT" },
    ])
    expect(await world.deliveriesOf(importId)).toEqual([])
    const [row] = await world.database
      .select()
      .from(imports)
      .where(eq(imports.id, importId))
    expect(row?.status).toBe("applied")
  })

  it("never resends an email whose earlier attempt died after claiming it", async () => {
    const copy = await startCopy()
    const importId = await createAppliedImport()
    const outcomeId = randomUUID()
    await world.database.insert(importNotifications).values({
      importId,
      kind: "import-results",
      outcome: "applied",
      status: "claimed",
      claimedBy: outcomeId,
    })

    await world.publishOutcome(districtId, importId, "applied", outcomeId)
    await world.waitUntilHandled()

    expect(world.emailsAbout(importId)).toEqual([])
    expect(linesAbout(copy.logs, importId)).toEqual([
      {
        level: "error",
        msg: "email not sent again",
        code: "HR_NOTIFY_DELIVERY_UNCERTAIN",
      },
    ])
  })

  it("leaves a fresh claim to the outcome holding it, and reports an abandoned one", async () => {
    const copy = await startCopy()
    const heldImportId = await createAppliedImport()
    const abandonedImportId = await createAppliedImport()
    await world.database.insert(importNotifications).values([
      {
        importId: heldImportId,
        kind: "import-results",
        outcome: "applied",
        status: "claimed",
        claimedBy: randomUUID(),
      },
      {
        importId: abandonedImportId,
        kind: "import-results",
        outcome: "applied",
        status: "claimed",
        claimedBy: randomUUID(),
        claimedAt: new Date(Date.now() - 11 * 60 * 1000),
      },
    ])

    await world.publishOutcome(districtId, heldImportId, "applied")
    await world.publishOutcome(districtId, abandonedImportId, "applied")
    await world.waitUntilHandled()

    expect(world.emailsAbout(heldImportId)).toEqual([])
    expect(world.emailsAbout(abandonedImportId)).toEqual([])
    expect([
      ...linesAbout(copy.logs, heldImportId),
      ...linesAbout(copy.logs, abandonedImportId),
    ]).toEqual([
      { level: "info", msg: "email claimed by another outcome message", code: undefined },
      {
        level: "error",
        msg: "email not sent again",
        code: "HR_NOTIFY_DELIVERY_UNCERTAIN",
      },
    ])
  })
})
