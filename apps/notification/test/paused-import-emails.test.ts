import { randomUUID } from "node:crypto"
import type { Problem } from "@homeroom/contracts"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  BirchFallsChanges,
  BirchFallsLogicalFiles,
  BirchFallsThresholdsReached,
} from "./support/fixtures.js"
import {
  createEndedImport,
  createRecipientDistrict,
  moveToOutcome,
} from "./support/import-records.js"
import { linesAbout } from "./support/log-lines.js"
import {
  type NotificationCopy,
  type NotificationWorld,
  startNotificationWorld,
} from "./support/notification-world.js"

const Recipients = ["admin@birch.example.org"]
const Base = "https://homeroom.example.org/api/v1/imports"

/** A row validation left out; its value is a student's name and email address. */
const StudentProblem: Problem = {
  severity: "error",
  code: "HR_VAL_UNKNOWN_REFERENCE",
  file: "enrollments.csv",
  line: 41,
  column: "userSourcedId",
  value: "Jordan Pupil <jordan.pupil@students.birch.example.org>",
  message: "A reference names a sourcedId no row holds.",
}

const Facts = (importId: string, outcome: string) => [
  `Import    ${importId}`,
  "District  Birch Falls Schools",
  "File      birch-2026-03-09.zip",
  "Received  2026-03-09 06:00:00 UTC",
  `Outcome   ${outcome}`,
]

const ProblemLines = [
  "Problems (1)",
  "Severity  Code                      File             Line  Column         Message",
  "error     HR_VAL_UNKNOWN_REFERENCE  enrollments.csv    41  userSourcedId  A reference names a sourcedId no row holds.",
]

const RecordLines = [
  "Records",
  "Kind                 Rows read  Rows with errors  Existing   Created   Updated     Removed",
  "Orgs                         4          0 (0.0%)         4  0 (0.0%)  0 (0.0%)    0 (0.0%)",
  "Academic sessions            2          0 (0.0%)         2  0 (0.0%)  0 (0.0%)    0 (0.0%)",
  "Users                       70          0 (0.0%)       100  5 (5.0%)  2 (2.0%)  35 (35.0%)",
  "Classes                     12          0 (0.0%)        12  0 (0.0%)  0 (0.0%)    0 (0.0%)",
  "Teacher enrollments         12          0 (0.0%)        12  0 (0.0%)  0 (0.0%)    0 (0.0%)",
  "Student enrollments        200         12 (6.0%)       250  0 (0.0%)  1 (0.4%)  62 (24.8%)",
]

const ErrorShares =
  "Rows with errors are a share of the rows read; such rows are left out of the roster."

const CountsOnly =
  "This email holds counts and ids only; the import shows every problem and change."

describe("emails of a paused import", () => {
  let world: NotificationWorld
  let copy: NotificationCopy
  let districtId: string

  beforeAll(async () => {
    world = await startNotificationWorld()
    copy = await world.startCopy()
    districtId = await createRecipientDistrict(
      world.database,
      "Birch Falls Schools",
      Recipients,
    )
  })
  afterAll(async () => {
    await world?.close()
  })

  function createPausedImport(problems: Problem[] = [StudentProblem]) {
    return createEndedImport(world.database, {
      districtId,
      status: "paused",
      fileName: "birch-2026-03-09.zip",
      receivedAt: new Date("2026-03-09T06:00:00.000Z"),
      logicalFiles: BirchFallsLogicalFiles,
      changes: BirchFallsChanges,
      thresholdsReached: BirchFallsThresholdsReached,
      errorCount: 12,
      problems,
    })
  }

  async function pauseAndEmail() {
    const importId = await createPausedImport()
    const paused = await world.publishOutcome(districtId, importId, "paused")
    await world.waitUntilHandled()
    return { importId, paused }
  }

  async function sortedDeliveriesOf(importId: string) {
    const rows = await world.deliveriesOf(importId)
    return rows.sort((left, right) =>
      `${left.kind} ${left.outcome}`.localeCompare(`${right.kind} ${right.outcome}`),
    )
  }

  function headersOf(importId: string) {
    return world
      .emailsAbout(importId)
      .map((email) => [email.subject, email.to, email.headers.get("message-id")])
  }

  it("sends Import Results and Check Your Data once, however often the outcome comes", async () => {
    const { importId, paused } = await pauseAndEmail()
    await world.publishOutcome(districtId, importId, "paused")
    await world.waitUntilHandled()

    expect(headersOf(importId)).toEqual([
      [
        "Import Results: paused — Birch Falls Schools",
        Recipients,
        `<import-results.paused.${importId}@homeroom.local>`,
      ],
      [
        "Check Your Data — Birch Falls Schools",
        Recipients,
        `<check-your-data.paused.${importId}@homeroom.local>`,
      ],
    ])
    const [results, check] = world.emailsAbout(importId)
    expect(results?.text).toBe(
      [
        "Import Results: paused — Birch Falls Schools",
        "",
        ...Facts(importId, "paused"),
        "Errors    12",
        "Warnings  0",
        "",
        "The import reached a threshold of the district and was paused: nothing was " +
          "applied. An administrator must approve or cancel it; the Check Your Data " +
          "email says which thresholds it reached and how to review it. A newer upload " +
          "of the district supersedes it.",
        "",
        ...ProblemLines,
        "",
        ...RecordLines,
        "",
        `${ErrorShares} Created, updated and removed are the changes the import would ` +
          "make, each a share of the existing records; none is applied yet.",
        "",
        `Open the import: ${Base}/${importId}`,
        "",
        CountsOnly,
        "",
      ].join("\n"),
    )
    expect(check?.text).toBe(
      [
        "Check Your Data — Birch Falls Schools",
        "",
        ...Facts(importId, "paused"),
        "Errors    12",
        "Warnings  0",
        "",
        "This import reached 3 thresholds of the district, so it was paused: nothing " +
          "was applied. An administrator must approve or cancel it.",
        "",
        "Thresholds reached",
        "- Users removed: 35 of 100 existing (35.0%), limit 10% (applies from 50 existing)",
        "- Student enrollments removed: 62 of 250 existing (24.8%), limits 50 or 20%, " +
          "reached by both",
        "- Rows with errors in student enrollments: 12 of 200 rows read (6.0%), " +
          "limit 5% (applies from 50 rows read)",
        "",
        "Schools contributing most: Users removed",
        "School                        sourcedId        Count",
        "Birch Falls North Elementary  org-birch-north     30",
        "Birch Falls High              org-birch-high       5",
        "",
        "Schools contributing most: Student enrollments removed",
        "School                        sourcedId        Count",
        "Birch Falls North Elementary  org-birch-north     60",
        "—                             org-birch-annex      2",
        "",
        "How to review",
        `- The import, with its counts and thresholds: ${Base}/${importId}`,
        "- Its changes, which can be filtered by kind, change and school: " +
          `${Base}/${importId}/changes`,
        `- Its problems: ${Base}/${importId}/problems`,
        "",
        "How to decide",
        `To decide, send POST ${Base}/${importId}/decision with an administrator's ` +
          "token and one of these bodies:",
        "",
        '- {"decision":"approve"} applies every change;',
        '- {"decision":"approveWithoutRemovals"} applies the creations and updates ' +
          "and removes nothing;",
        '- {"decision":"cancel"} ends the import with nothing applied.',
        "",
        "If the roster changed since the pause, approving compares the import again, " +
          "and it may pause again. A newer upload of the district supersedes this " +
          "import, and nothing of it is then applied.",
        "",
        CountsOnly,
        "",
      ].join("\n"),
    )

    const cell = "border:1px solid #cbd2d9;padding:4px 8px"
    expect(
      [
        `<td style="${cell};text-align:left">Users</td>` +
          `<td style="${cell};text-align:right">70</td>` +
          `<td style="${cell};text-align:right">0 (0.0%)</td>` +
          `<td style="${cell};text-align:right">100</td>` +
          `<td style="${cell};text-align:right">5 (5.0%)</td>` +
          `<td style="${cell};text-align:right">2 (2.0%)</td>` +
          `<td style="${cell};text-align:right">35 (35.0%)</td>`,
        `<p><a href="${Base}/${importId}">Open the import</a></p>`,
      ].filter((part) => !results?.html.includes(part)),
    ).toEqual([])
    expect(
      [
        "<li>Users removed: 35 of 100 existing (35.0%), limit 10% (applies from 50 existing)</li>",
        `<tr><td style="${cell};text-align:left">Birch Falls North Elementary</td>` +
          `<td style="${cell};text-align:left">org-birch-north</td>` +
          `<td style="${cell};text-align:right">30</td></tr>`,
        `<li>Its changes, which can be filtered by kind, change and school: <a href="${Base}/${importId}/changes">${Base}/${importId}/changes</a></li>`,
        `<li>Its problems: <a href="${Base}/${importId}/problems">${Base}/${importId}/problems</a></li>`,
        `<p>To decide, send POST ${Base}/${importId}/decision with an administrator&#39;s token and one of these bodies:</p>`,
        "<li>{&quot;decision&quot;:&quot;approveWithoutRemovals&quot;} applies the creations and updates and removes nothing;</li>",
      ].filter((part) => !check?.html.includes(part)),
    ).toEqual([])

    expect(await sortedDeliveriesOf(importId)).toEqual(
      ["check-your-data", "import-results"].map((kind) => ({
        importId,
        kind,
        outcome: "paused",
        occurrence: 1,
        status: "sent",
        claimedBy: paused.id,
        claimedAt: expect.any(Date),
        sentAt: expect.any(Date),
        messageId: `<${kind}.paused.${importId}@homeroom.local>`,
      })),
    )
    expect(linesAbout(copy.logs, importId).map((line) => line.msg)).toEqual([
      "email sent",
      "email sent",
      "email already sent",
      "email already sent",
    ])
  })

  it("sends Import Results again, once, when the paused import is applied after approval", async () => {
    const { importId } = await pauseAndEmail()
    await moveToOutcome(world.database, importId, {
      status: "applied",
      decision: {
        decision: "approveWithoutRemovals",
        decidedAt: new Date("2026-03-09T09:30:00.000Z"),
      },
      changes: {
        ...BirchFallsChanges,
        users: { created: 5, updated: 2, removed: 0, existing: 100 },
        studentEnrollments: { created: 0, updated: 1, removed: 0, existing: 250 },
      },
    })

    await world.publishOutcome(districtId, importId, "applied")
    await world.publishOutcome(districtId, importId, "applied")
    await world.waitUntilHandled()

    expect(headersOf(importId).map(([subject]) => subject)).toEqual([
      "Import Results: paused — Birch Falls Schools",
      "Check Your Data — Birch Falls Schools",
      "Import Results: applied — Birch Falls Schools",
    ])
    expect(world.emailsAbout(importId)[2]?.text).toBe(
      [
        "Import Results: applied — Birch Falls Schools",
        "",
        ...Facts(importId, "applied"),
        "Decision  approved without removals at 2026-03-09 09:30:00 UTC",
        "Errors    12",
        "Warnings  0",
        "",
        "The import was applied: the roster now holds the changes below.",
        "",
        ...ProblemLines,
        "",
        "Records",
        "Kind                 Rows read  Rows with errors  Existing   Created   Updated   Removed",
        "Orgs                         4          0 (0.0%)         4  0 (0.0%)  0 (0.0%)  0 (0.0%)",
        "Academic sessions            2          0 (0.0%)         2  0 (0.0%)  0 (0.0%)  0 (0.0%)",
        "Users                       70          0 (0.0%)       100  5 (5.0%)  2 (2.0%)  0 (0.0%)",
        "Classes                     12          0 (0.0%)        12  0 (0.0%)  0 (0.0%)  0 (0.0%)",
        "Teacher enrollments         12          0 (0.0%)        12  0 (0.0%)  0 (0.0%)  0 (0.0%)",
        "Student enrollments        200         12 (6.0%)       250  0 (0.0%)  1 (0.4%)  0 (0.0%)",
        "",
        `${ErrorShares} Created, updated and removed are the changes applied, each a ` +
          "share of the records that existed before the import.",
        "",
        `Open the import: ${Base}/${importId}`,
        "",
        CountsOnly,
        "",
      ].join("\n"),
    )
    expect(
      (await sortedDeliveriesOf(importId)).map((row) => [
        row.kind,
        row.outcome,
        row.status,
      ]),
    ).toEqual([
      ["check-your-data", "paused", "sent"],
      ["import-results", "applied", "sent"],
      ["import-results", "paused", "sent"],
    ])
    expect(linesAbout(copy.logs, importId).map((line) => line.msg)).toEqual([
      "email sent",
      "email sent",
      "email sent",
      "email already sent",
    ])
  })

  it("sends both emails again, once, when an approved import pauses a second time", async () => {
    const { importId } = await pauseAndEmail()

    await world.publishOutcome(districtId, importId, "paused", randomUUID(), 2)
    await world.publishOutcome(districtId, importId, "paused", randomUUID(), 2)
    await world.waitUntilHandled()

    expect(headersOf(importId)).toEqual([
      [
        "Import Results: paused — Birch Falls Schools",
        Recipients,
        `<import-results.paused.${importId}@homeroom.local>`,
      ],
      [
        "Check Your Data — Birch Falls Schools",
        Recipients,
        `<check-your-data.paused.${importId}@homeroom.local>`,
      ],
      [
        "Import Results: paused — Birch Falls Schools",
        Recipients,
        `<import-results.paused-2.${importId}@homeroom.local>`,
      ],
      [
        "Check Your Data — Birch Falls Schools",
        Recipients,
        `<check-your-data.paused-2.${importId}@homeroom.local>`,
      ],
    ])
  })

  it("sends Import Results, and no second Check Your Data, when a paused import is cancelled or superseded", async () => {
    const cancelled = await pauseAndEmail()
    const superseded = await pauseAndEmail()
    await moveToOutcome(world.database, cancelled.importId, {
      status: "cancelled",
      decision: { decision: "cancel", decidedAt: new Date("2026-03-09T10:00:00.000Z") },
    })
    await moveToOutcome(world.database, superseded.importId, { status: "superseded" })

    await world.publishOutcome(districtId, cancelled.importId, "cancelled")
    await world.publishOutcome(districtId, superseded.importId, "superseded")
    await world.waitUntilHandled()

    expect(headersOf(cancelled.importId).map(([subject]) => subject)).toEqual([
      "Import Results: paused — Birch Falls Schools",
      "Check Your Data — Birch Falls Schools",
      "Import Results: cancelled — Birch Falls Schools",
    ])
    expect(headersOf(superseded.importId).map(([subject]) => subject)).toEqual([
      "Import Results: paused — Birch Falls Schools",
      "Check Your Data — Birch Falls Schools",
      "Import Results: superseded — Birch Falls Schools",
    ])
    const wouldHaveMade =
      `${ErrorShares} Created, updated and removed are the changes the import would ` +
      "have made, each a share of the existing records; none was applied."
    expect(world.emailsAbout(cancelled.importId)[2]?.text).toBe(
      [
        "Import Results: cancelled — Birch Falls Schools",
        "",
        ...Facts(cancelled.importId, "cancelled"),
        "Decision  cancelled at 2026-03-09 10:00:00 UTC",
        "Errors    12",
        "Warnings  0",
        "",
        "An administrator cancelled this paused import: nothing was applied.",
        "",
        ...ProblemLines,
        "",
        ...RecordLines,
        "",
        wouldHaveMade,
        "",
        `Open the import: ${Base}/${cancelled.importId}`,
        "",
        CountsOnly,
        "",
      ].join("\n"),
    )
    expect(world.emailsAbout(superseded.importId)[2]?.text).toBe(
      [
        "Import Results: superseded — Birch Falls Schools",
        "",
        ...Facts(superseded.importId, "superseded"),
        "Errors    12",
        "Warnings  0",
        "",
        "A newer import of the district superseded this one: nothing of it was applied.",
        "",
        ...ProblemLines,
        "",
        ...RecordLines,
        "",
        wouldHaveMade,
        "",
        `Open the import: ${Base}/${superseded.importId}`,
        "",
        CountsOnly,
        "",
      ].join("\n"),
    )
  })

  it("still emails a pause decided before its emails went, saying the import has moved on", async () => {
    const importId = await createPausedImport()
    await moveToOutcome(world.database, importId, {
      status: "cancelled",
      decision: { decision: "cancel", decidedAt: new Date("2026-03-09T06:01:00.000Z") },
    })

    await world.publishOutcome(districtId, importId, "paused")
    await world.publishOutcome(districtId, importId, "cancelled")
    await world.waitUntilHandled()

    expect(headersOf(importId).map(([subject]) => subject)).toEqual([
      "Import Results: paused — Birch Falls Schools",
      "Check Your Data — Birch Falls Schools",
      "Import Results: cancelled — Birch Falls Schools",
    ])
    const [results, check] = world.emailsAbout(importId)
    const facts = [
      `Import      ${importId}`,
      "District    Birch Falls Schools",
      "File        birch-2026-03-09.zip",
      "Received    2026-03-09 06:00:00 UTC",
      "Outcome     paused",
      "Status now  cancelled",
      "Decision    cancelled at 2026-03-09 06:01:00 UTC",
      "Errors      12",
      "Warnings    0",
    ]
    expect(results?.text.split("\n").slice(0, 14)).toEqual([
      "Import Results: paused — Birch Falls Schools",
      "",
      ...facts,
      "",
      "The import reached a threshold of the district and was paused: nothing was " +
        "applied. An administrator must approve or cancel it; the Check Your Data " +
        "email says which thresholds it reached and how to review it. A newer upload " +
        "of the district supersedes it. Since then the import has moved on: it is now " +
        "cancelled.",
      "",
    ])
    expect(check?.text).toBe(
      [
        "Check Your Data — Birch Falls Schools",
        "",
        ...facts,
        "",
        "This import reached 3 thresholds of the district, so it was paused: nothing " +
          "was applied. Since then the import has moved on: it is now cancelled, so no " +
          "decision is needed.",
        "",
        "Thresholds reached",
        "- Users removed: 35 of 100 existing (35.0%), limit 10% (applies from 50 existing)",
        "- Student enrollments removed: 62 of 250 existing (24.8%), limits 50 or 20%, " +
          "reached by both",
        "- Rows with errors in student enrollments: 12 of 200 rows read (6.0%), " +
          "limit 5% (applies from 50 rows read)",
        "",
        "Schools contributing most: Users removed",
        "School                        sourcedId        Count",
        "Birch Falls North Elementary  org-birch-north     30",
        "Birch Falls High              org-birch-high       5",
        "",
        "Schools contributing most: Student enrollments removed",
        "School                        sourcedId        Count",
        "Birch Falls North Elementary  org-birch-north     60",
        "—                             org-birch-annex      2",
        "",
        `Open the import: ${Base}/${importId}`,
        "",
        CountsOnly,
        "",
      ].join("\n"),
    )
  })

  it("records both emails of a paused import as skipped when the district has no recipients", async () => {
    const quietDistrictId = await createRecipientDistrict(
      world.database,
      "Quiet Birch",
      [],
    )
    const importId = await createEndedImport(world.database, {
      districtId: quietDistrictId,
      status: "paused",
      thresholdsReached: BirchFallsThresholdsReached,
    })

    const paused = await world.publishOutcome(quietDistrictId, importId, "paused")
    await world.waitUntilHandled()

    expect(world.emailsAbout(importId)).toEqual([])
    expect(await sortedDeliveriesOf(importId)).toEqual(
      ["check-your-data", "import-results"].map((kind) => ({
        importId,
        kind,
        outcome: "paused",
        occurrence: 1,
        status: "skipped",
        claimedBy: paused.id,
        claimedAt: expect.any(Date),
        sentAt: null,
        messageId: null,
      })),
    )
  })

  it("puts no student's name or email address in either email", async () => {
    const { importId } = await pauseAndEmail()

    const emails = world.emailsAbout(importId)
    const everything = emails
      .map((email) => `${email.subject}\n${email.text}\n${email.html}`)
      .join("\n")
    expect(emails).toHaveLength(2)
    expect(everything).toContain("HR_VAL_UNKNOWN_REFERENCE")
    expect(everything).not.toMatch(/Jordan|Pupil|jordan\.pupil|students\.birch/i)
  })
})
