import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { getJson } from "./support/http.js"
import { rosterFixture, type TestDistrict } from "./support/roster-fixture.js"
import { DayOne, editRows, Modified } from "./support/sample-roster.js"
import { applyImport } from "./support/submit-import.js"

const fixture = rosterFixture()
let lakeside: TestDistrict
let hillside: TestDistrict

afterAll(() => fixture.stop())
beforeAll(async () => {
  await fixture.start()
  lakeside = await fixture.createTestDistrict("Lakeside")
  hillside = await fixture.createTestDistrict("Hillside")
  await applyImport(fixture, lakeside.districtId, DayOne)
  await applyImport(fixture, hillside.districtId, {
    ...DayOne,
    classes: [...DayOne.classes, { ...DayOne.classes[1], sourcedId: "class-hill" }],
  })
})

const head = { status: "active", dateLastModified: Modified }

function teacher(
  sourcedId: string,
  givenName: string,
  familyName: string,
  primary: boolean,
) {
  return {
    sourcedId,
    givenName,
    familyName,
    email: `${sourcedId}@district.example`,
    primary,
  }
}

describe("a class's detail", () => {
  test("lists its teachers alphabetically by family then given name, with primary flags", async () => {
    const { body } = await getJson(
      fixture,
      "/v1/classes/class-math",
      lakeside.reader.token,
    )

    expect(body["teachers"]).toEqual([
      teacher("teacher-devries", "Anna", "de Vries", false),
      teacher("teacher-diaz-al", "Al", "Diaz", false),
      teacher("teacher-diaz-bea", "Bea", "Diaz", false),
      teacher("teacher-okafor", "Chidi", "Okafor", true),
    ])
  })

  test("carries the class itself, its terms in order and its school", async () => {
    const { status, body } = await getJson(
      fixture,
      "/v1/classes/class-art",
      lakeside.reader.token,
    )

    expect(status).toBe(200)
    expect(body).toEqual({
      ...head,
      sourcedId: "class-art",
      title: "Art 6",
      grades: ["06"],
      courseSourcedId: "course-art",
      classCode: null,
      classType: "scheduled",
      location: null,
      schoolSourcedId: "org-south",
      termSourcedIds: ["session-fall"],
      subjects: [],
      subjectCodes: [],
      periods: [],
      metadata: null,
      teachers: [teacher("teacher-okafor", "Chidi", "Okafor", true)],
      terms: [
        {
          ...head,
          sourcedId: "session-fall",
          title: "Fall",
          type: "term",
          startDate: "2026-08-01",
          endDate: "2027-01-01",
          parentSourcedId: "session-2027",
          schoolYear: "2027",
          metadata: null,
        },
      ],
      school: {
        ...head,
        sourcedId: "org-south",
        name: "South School",
        type: "school",
        identifier: null,
        parentSourcedId: "org-district",
        metadata: { "metadata.region": "south" },
      },
    })
  })

  test("leaves out teachers whose enrollment was removed", async () => {
    await applyImport(fixture, lakeside.districtId, {
      ...DayOne,
      enrollments: editRows(DayOne.enrollments, { drop: ["enr-math-diaz-al"] }),
    })

    const { body } = await getJson(
      fixture,
      "/v1/classes/class-math",
      lakeside.reader.token,
    )
    const teachers = body["teachers"] as Array<{ sourcedId: string }>

    expect(teachers.map((entry) => entry.sourcedId)).toEqual([
      "teacher-devries",
      "teacher-diaz-bea",
      "teacher-okafor",
    ])
  })

  test("answers 404 for another district's class", async () => {
    const answer = await getJson(fixture, "/v1/classes/class-hill", lakeside.reader.token)
    const own = await getJson(fixture, "/v1/classes/class-hill", hillside.reader.token)

    expect(answer).toEqual({
      status: 404,
      body: {
        statusCode: 404,
        code: "HR_ROSTER_NOT_FOUND",
        error: "Not Found",
        message: 'No class with sourcedId "class-hill" exists in this district.',
      },
    })
    expect(own.status).toBe(200)
  })
})
