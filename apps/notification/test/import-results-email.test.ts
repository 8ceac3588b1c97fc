import { randomUUID } from "node:crypto"
import { imports } from "@homeroom/records"
import { eq } from "drizzle-orm"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  MapleValleyChanges,
  MapleValleyLogicalFiles,
  MapleValleyProblems,
} from "./support/fixtures.js"
import { createEndedImport, createRecipientDistrict } from "./support/import-records.js"
import { linesAbout } from "./support/log-lines.js"
import {
  type NotificationCopy,
  type NotificationWorld,
  startNotificationWorld,
} from "./support/notification-world.js"

describe("Import Results email", () => {
  let world: NotificationWorld
  let copy: NotificationCopy

  beforeAll(async () => {
    world = await startNotificationWorld()
    copy = await world.startCopy()
  })
  afterAll(async () => {
    await world?.close()
  })

  it("emails an applied import's counts per kind of record to the district's recipients", async () => {
    const recipients = ["registrar@maple.example.org", "it@maple.example.org"]
    const districtId = await createRecipientDistrict(
      world.database,
      "Maple Valley Schools",
      recipients,
    )
    const importId = await createEndedImport(world.database, {
      districtId,
      status: "applied",
      fileName: "maple-2026-03-02.zip",
      receivedAt: new Date("2026-03-02T14:05:09.000Z"),
      logicalFiles: MapleValleyLogicalFiles,
      changes: MapleValleyChanges,
      errorCount: 1,
      warningCount: 1,
      problems: MapleValleyProblems,
    })

    const outcome = await world.publishOutcome(districtId, importId, "applied")
    await world.waitUntilHandled()

    const emails = world.emailsAbout(importId)
    const link = `https://homeroom.example.org/api/v1/imports/${importId}`
    expect(emails.map((email) => [email.from, email.to, email.subject])).toEqual([
      [
        '"Homeroom" <imports@homeroom.local>',
        recipients,
        "Import Results: applied — Maple Valley Schools",
      ],
    ])
    expect(emails[0]?.text).toBe(
      [
        "Import Results: applied — Maple Valley Schools",
        "",
        `Import    ${importId}`,
        "District  Maple Valley Schools",
        "File      maple-2026-03-02.zip",
        "Received  2026-03-02 14:05:09 UTC",
        "Outcome   applied",
        "Errors    1",
        "Warnings  1",
        "",
        "The import was applied: the roster now holds the changes below.",
        "",
        "Problems (2)",
        "Severity  Code                       File       Line  Column  Message",
        "error     HR_VAL_INVALID_VOCABULARY  users.csv    14  role    role must be one of the OneRoster roles.",
        "warning   HR_VAL_BLANK_LINE          users.csv   230  —       A blank line was skipped.",
        "",
        "Records",
        "Kind                 Rows read  Rows with errors  Existing      Created    Updated     Removed",
        "Orgs                         3          0 (0.0%)         3     0 (0.0%)  1 (33.3%)    0 (0.0%)",
        "Academic sessions            4          0 (0.0%)         0        4 (—)      0 (—)       0 (—)",
        "Users                    1,200          1 (0.1%)     1,180    20 (1.7%)  35 (3.0%)   12 (1.0%)",
        "Classes                     80          0 (0.0%)        80     0 (0.0%)   0 (0.0%)    0 (0.0%)",
        "Teacher enrollments        162          0 (0.0%)       160     4 (2.5%)   0 (0.0%)    2 (1.3%)",
        "Student enrollments      2,238          0 (0.0%)     2,200  230 (10.5%)   0 (0.0%)  190 (8.6%)",
        "",
        "Rows with errors are a share of the rows read; such rows are left out of the roster. " +
          "Created, updated and removed are the changes applied, each a share of the records " +
          "that existed before the import.",
        "",
        `Open the import: ${link}`,
        "",
        "This email holds counts and ids only; the import shows every problem and change.",
        "",
      ].join("\n"),
    )

    const html = emails[0]?.html ?? ""
    const cell = "border:1px solid #cbd2d9;padding:4px 8px"
    expect(html).toContain(
      '<h1 style="font-size:18px">Import Results: applied — Maple Valley Schools</h1>',
    )
    expect(html).toContain(
      `<thead><tr><th style="${cell};text-align:left">Kind</th>` +
        `<th style="${cell};text-align:right">Rows read</th>` +
        `<th style="${cell};text-align:right">Rows with errors</th>` +
        `<th style="${cell};text-align:right">Existing</th>` +
        `<th style="${cell};text-align:right">Created</th>` +
        `<th style="${cell};text-align:right">Updated</th>` +
        `<th style="${cell};text-align:right">Removed</th></tr></thead>`,
    )
    expect(html).toContain(
      `<tr><td style="${cell};text-align:left">Users</td>` +
        `<td style="${cell};text-align:right">1,200</td>` +
        `<td style="${cell};text-align:right">1 (0.1%)</td>` +
        `<td style="${cell};text-align:right">1,180</td>` +
        `<td style="${cell};text-align:right">20 (1.7%)</td>` +
        `<td style="${cell};text-align:right">35 (3.0%)</td>` +
        `<td style="${cell};text-align:right">12 (1.0%)</td></tr>`,
    )
    expect(html).toContain(
      `<tr><td style="${cell};text-align:left">Academic sessions</td>` +
        `<td style="${cell};text-align:right">4</td>` +
        `<td style="${cell};text-align:right">0 (0.0%)</td>` +
        `<td style="${cell};text-align:right">0</td>` +
        `<td style="${cell};text-align:right">4 (—)</td>` +
        `<td style="${cell};text-align:right">0 (—)</td>` +
        `<td style="${cell};text-align:right">0 (—)</td></tr>`,
    )
    expect(html).toContain(`<p><a href="${link}">Open the import</a></p>`)
    expect(`${emails[0]?.text}${html}`).not.toContain("Jordan Pupil")
    expect(emails[0]?.headers.get("message-id")).toBe(
      `<import-results.applied.${importId}@homeroom.local>`,
    )

    expect(await world.deliveriesOf(importId)).toEqual([
      {
        importId,
        kind: "import-results",
        outcome: "applied",
        occurrence: 1,
        status: "sent",
        claimedBy: outcome.id,
        claimedAt: expect.any(Date),
        sentAt: expect.any(Date),
        messageId: `<import-results.applied.${importId}@homeroom.local>`,
      },
    ])
    expect(linesAbout(copy.logs, importId)).toEqual([
      { level: "info", msg: "email sent", code: undefined },
    ])
  })

  it("lists the reason, the problems and the rows read of a rejected import", async () => {
    const districtId = await createRecipientDistrict(world.database, "Cedar Ridge", [
      "data@cedar.example.org",
    ])
    const importId = await createEndedImport(world.database, {
      districtId,
      status: "rejected",
      fileName: "cedar.zip",
      receivedAt: new Date("2026-04-01T08:00:00.000Z"),
      reason: "The bundle has 2 problems that reject it.",
      errorCount: 2,
      logicalFiles: [
        { kind: "orgs", rowsRead: 3, rowsWithErrors: 0, warnings: 0 },
        { kind: "academicSessions", rowsRead: 4, rowsWithErrors: 0, warnings: 0 },
        { kind: "classes", rowsRead: 80, rowsWithErrors: 80, warnings: 0 },
      ],
      problems: [
        {
          severity: "error",
          code: "HR_VAL_FILE_MISSING",
          file: "users.csv",
          line: null,
          column: null,
          value: null,
          message: "users.csv is missing from the bundle.",
        },
        {
          severity: "error",
          code: "HR_VAL_HEADER_MISMATCH",
          file: "classes.csv",
          line: 1,
          column: "title",
          value: null,
          message: "The header should read sourcedId,status,dateLastModified,title,...",
        },
      ],
    })

    await world.publishOutcome(districtId, importId, "rejected")
    await world.waitUntilHandled()

    const emails = world.emailsAbout(importId)
    expect(emails.map((email) => [email.to, email.subject])).toEqual([
      [["data@cedar.example.org"], "Import Results: rejected — Cedar Ridge"],
    ])
    expect(emails[0]?.text).toBe(
      [
        "Import Results: rejected — Cedar Ridge",
        "",
        `Import    ${importId}`,
        "District  Cedar Ridge",
        "File      cedar.zip",
        "Received  2026-04-01 08:00:00 UTC",
        "Outcome   rejected",
        "Reason    The bundle has 2 problems that reject it.",
        "Errors    2",
        "Warnings  0",
        "",
        "The bundle was rejected, so nothing was applied.",
        "",
        "Problems (2)",
        "Severity  Code                    File         Line  Column  Message",
        "error     HR_VAL_FILE_MISSING     users.csv       —  —       users.csv is missing from the bundle.",
        "error     HR_VAL_HEADER_MISMATCH  classes.csv     1  title   The header should read sourcedId,status,dateLastModified,title,...",
        "",
        "Records",
        "Kind                 Rows read  Rows with errors  Existing  Created  Updated  Removed",
        "Orgs                         3          0 (0.0%)         —        —        —        —",
        "Academic sessions            4          0 (0.0%)         —        —        —        —",
        "Users                        —                 —         —        —        —        —",
        "Classes                     80       80 (100.0%)         —        —        —        —",
        "Teacher enrollments          —                 —         —        —        —        —",
        "Student enrollments          —                 —         —        —        —        —",
        "",
        "Rows with errors are a share of the rows read; such rows are left out of the roster. " +
          "The import was not compared with the roster, so it counts no change.",
        "",
        `Open the import: https://homeroom.example.org/api/v1/imports/${importId}`,
        "",
        "This email holds counts and ids only; the import shows every problem and change.",
        "",
      ].join("\n"),
    )
    expect(emails[0]?.html).toContain(
      '<td style="border:1px solid #cbd2d9;padding:4px 8px;text-align:left">' +
        "users.csv is missing from the bundle.</td>",
    )
  })

  it("records a district without recipients as skipped and sends nothing", async () => {
    const districtId = await createRecipientDistrict(world.database, "Quiet Hills", [])
    const importId = await createEndedImport(world.database, {
      districtId,
      status: "failed",
    })

    const outcome = await world.publishOutcome(districtId, importId, "failed")
    await world.waitUntilHandled()

    expect(world.emailsAbout(importId)).toEqual([])
    expect(await world.deliveriesOf(importId)).toEqual([
      {
        importId,
        kind: "import-results",
        outcome: "failed",
        occurrence: 1,
        status: "skipped",
        claimedBy: outcome.id,
        claimedAt: expect.any(Date),
        sentAt: null,
        messageId: null,
      },
    ])
    expect(linesAbout(copy.logs, importId)).toEqual([
      { level: "info", msg: "email skipped", code: "HR_NOTIFY_NO_RECIPIENTS" },
    ])
  })

  it("refuses, without retrying, an outcome of an unknown import or of another district", async () => {
    const districtId = await createRecipientDistrict(world.database, "Aspen Grove", [
      "admin@aspen.example.org",
    ])
    const otherDistrictId = await createRecipientDistrict(world.database, "Elm Park", [
      "admin@elm.example.org",
    ])
    const importId = await createEndedImport(world.database, {
      districtId,
      status: "applied",
    })
    const unknownImportId = randomUUID()

    await world.publishOutcome(otherDistrictId, importId, "applied")
    await world.publishOutcome(districtId, unknownImportId, "applied")
    await world.waitUntilHandled()

    expect(world.emailsAbout(importId)).toEqual([])
    expect([
      ...linesAbout(copy.logs, importId),
      ...linesAbout(copy.logs, unknownImportId),
    ]).toEqual([
      { level: "error", msg: "outcome not emailed", code: "HR_NOTIFY_DISTRICT_MISMATCH" },
      { level: "error", msg: "outcome not emailed", code: "HR_NOTIFY_IMPORT_NOT_FOUND" },
    ])
    const [row] = await world.database
      .select()
      .from(imports)
      .where(eq(imports.id, importId))
    expect(row?.status).toBe("applied")
  })
})
