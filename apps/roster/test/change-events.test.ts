import { type ImportOutcome, type RosterChanges, Streams } from "@homeroom/contracts"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { getJson } from "./support/http.js"
import type { NormalisedFiles } from "./support/normalised-csv.js"
import { readStoredEvents, readStoredMessages } from "./support/roster-events.js"
import { rosterFixture, type TestDistrict } from "./support/roster-fixture.js"
import { DayOne, editRows, Modified } from "./support/sample-roster.js"
import { applyImport, waitForOutboxPublished } from "./support/submit-import.js"

const fixture = rosterFixture()
let district: TestDistrict
let firstImport: string
let secondImport: string

const extraEnrollments = Array.from({ length: 1191 }, (_, index) => ({
  ...DayOne.enrollments[5],
  sourcedId: `bulk-${String(index).padStart(4, "0")}`,
}))
const DayOneLarge: NormalisedFiles = {
  ...DayOne,
  enrollments: [...DayOne.enrollments, ...extraEnrollments],
}

afterAll(() => fixture.stop())
beforeAll(async () => {
  await fixture.start()
  district = await fixture.createTestDistrict("Lakeside")
  firstImport = (await applyImport(fixture, district.districtId, DayOneLarge)).importId
  secondImport = (
    await applyImport(fixture, district.districtId, {
      ...DayOneLarge,
      users: editRows(DayOne.users, { drop: ["student-4"] }),
      enrollments: editRows(DayOneLarge.enrollments, { drop: ["enr-art-4"] }),
    })
  ).importId
  await waitForOutboxPublished(fixture)
})

const eventsOf = async (importId: string) =>
  (await readStoredEvents(fixture, `roster.${district.districtId}.>`)).filter(
    (event) => event.message.data.importId === importId,
  )

describe("roster change events", () => {
  test("announce every created record in batches of at most 500, parents first", async () => {
    const events = await eventsOf(firstImport)

    const prefix = `roster.${district.districtId}`
    expect(
      events.map((event) => [
        event.subject,
        event.message.id,
        event.message.data.records.length,
      ]),
    ).toEqual([
      [`${prefix}.orgs.created`, `${firstImport}:orgs:created:0`, 3],
      [
        `${prefix}.academicSessions.created`,
        `${firstImport}:academicSessions:created:0`,
        3,
      ],
      [`${prefix}.users.created`, `${firstImport}:users:created:0`, 10],
      [`${prefix}.classes.created`, `${firstImport}:classes:created:0`, 2],
      [`${prefix}.enrollments.created`, `${firstImport}:enrollments:created:0`, 500],
      [`${prefix}.enrollments.created`, `${firstImport}:enrollments:created:1`, 500],
      [`${prefix}.enrollments.created`, `${firstImport}:enrollments:created:2`, 201],
    ])
  })

  test("carry the envelope and each record as the REST API shows it", async () => {
    const [orgs] = await eventsOf(firstImport)

    const head = { status: "active", dateLastModified: Modified, metadata: null }
    expect(orgs?.message).toEqual({
      type: "roster.changes",
      version: 1,
      id: `${firstImport}:orgs:created:0`,
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      districtId: district.districtId,
      data: {
        importId: firstImport,
        entity: "orgs",
        change: "created",
        records: [
          {
            sourcedId: "org-district",
            record: {
              ...head,
              sourcedId: "org-district",
              name: "Lakeside District",
              type: "district",
              identifier: null,
              parentSourcedId: null,
            },
          },
          {
            sourcedId: "org-north",
            record: {
              ...head,
              sourcedId: "org-north",
              name: "North School",
              type: "school",
              identifier: "NCES-1",
              parentSourcedId: "org-district",
            },
          },
          {
            sourcedId: "org-south",
            record: {
              ...head,
              sourcedId: "org-south",
              name: "South School",
              type: "school",
              identifier: null,
              parentSourcedId: "org-district",
              metadata: { "metadata.region": "south" },
            },
          },
        ],
      },
    })
  })

  test("show users exactly as a read of each user does", async () => {
    const users = (await eventsOf(firstImport)).find(
      (event) => event.message.data.entity === "users",
    )
    const records = users?.message.data.records ?? []

    for (const { sourcedId, record } of records.filter(
      (entry) => entry.sourcedId !== "student-4",
    )) {
      const read = await getJson(fixture, `/v1/users/${sourcedId}`, district.reader.token)
      expect(record).toEqual(read.body)
    }
    expect(records).toHaveLength(10)
  })

  test("announce removals children first, with the record marked tobedeleted", async () => {
    const events = await eventsOf(secondImport)

    expect(events.map((event) => [event.subject, event.message.data.records])).toEqual([
      [
        `roster.${district.districtId}.enrollments.removed`,
        [
          {
            sourcedId: "enr-art-4",
            record: expect.objectContaining({
              sourcedId: "enr-art-4",
              status: "tobedeleted",
            }),
          },
        ],
      ],
      [
        `roster.${district.districtId}.users.removed`,
        [
          {
            sourcedId: "student-4",
            record: expect.objectContaining({
              sourcedId: "student-4",
              status: "tobedeleted",
            }),
          },
        ],
      ],
    ])
  })

  test("end each import with imports.outcome.applied", async () => {
    const outcomes = await readStoredMessages<ImportOutcome>(
      fixture,
      Streams.imports.name,
      "imports.outcome.applied",
    )

    expect(outcomes.map((outcome) => outcome.message)).toEqual(
      [firstImport, secondImport].map((importId) => ({
        type: "import.outcome",
        version: 1,
        id: `${importId}:outcome:applied`,
        occurredAt: expect.any(String),
        districtId: district.districtId,
        data: { importId, status: "applied" },
      })),
    )
  })

  test("are published once even when the outbox publishes them again", async () => {
    const before = await readStoredEvents(fixture, `roster.${district.districtId}.>`)
    await fixture.database().$client`update roster_outbox set published_at = null`
    await waitForOutboxPublished(fixture)
    const after = await readStoredEvents(fixture, `roster.${district.districtId}.>`)

    expect(after.map((event: { message: RosterChanges }) => event.message.id)).toEqual(
      before.map((event) => event.message.id),
    )
  })
})
