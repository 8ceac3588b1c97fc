import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { getJson, listAllSourcedIds } from "./support/http.js"
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
  await applyImport(fixture, lakeside.districtId, {
    ...DayOne,
    users: editRows(DayOne.users, { drop: ["student-4"] }),
    enrollments: editRows(DayOne.enrollments, { drop: ["enr-art-4"] }),
  })
  const hillsideOnly = {
    ...DayOne.users[8],
    sourcedId: "hill-admin",
    username: "hill-admin",
  }
  await applyImport(fixture, hillside.districtId, {
    ...DayOne,
    users: [...DayOne.users, hillsideOnly],
  })
})

const token = () => lakeside.administrator.token

describe("listing the roster", () => {
  test("pages through users in sourcedId order until the last page", async () => {
    const first = await getJson(fixture, "/v1/users?limit=4", token())
    const all = await listAllSourcedIds(fixture, "/v1/users?limit=4", token())

    expect(first.status).toBe(200)
    expect((first.body["items"] as unknown[]).length).toBe(4)
    expect(first.body["nextCursor"]).toEqual(expect.any(String))
    expect(all).toEqual([
      "admin-1",
      "guardian-1",
      "student-1",
      "student-2",
      "student-3",
      "teacher-devries",
      "teacher-diaz-al",
      "teacher-diaz-bea",
      "teacher-okafor",
    ])
  })

  test("ends with a null cursor when the last page is full", async () => {
    const page = await getJson(fixture, "/v1/orgs?limit=3", token())

    expect(page.body["nextCursor"]).toBeNull()
  })

  test("shows a user as OneRoster names its fields, without a password", async () => {
    const { body } = await getJson(fixture, "/v1/users?limit=1&role=guardian", token())

    expect(body).toEqual({
      items: [
        {
          sourcedId: "guardian-1",
          status: "active",
          dateLastModified: Modified,
          enabledUser: true,
          orgSourcedIds: ["org-north"],
          role: "guardian",
          username: "guardian-1",
          userIds: [],
          givenName: "Gus",
          familyName: "Guardian",
          middleName: null,
          identifier: null,
          email: null,
          sms: null,
          phone: "555-0100",
          agentSourcedIds: [],
          grades: [],
          metadata: null,
        },
      ],
      nextCursor: null,
    })
  })

  test("filters users by role and by the school they belong to", async () => {
    const teachers = await listAllSourcedIds(fixture, "/v1/users?role=teacher", token())
    const south = await listAllSourcedIds(fixture, "/v1/users?school=org-south", token())

    expect(teachers).toEqual([
      "teacher-devries",
      "teacher-diaz-al",
      "teacher-diaz-bea",
      "teacher-okafor",
    ])
    expect(south).toEqual([
      "student-3",
      "teacher-devries",
      "teacher-diaz-al",
      "teacher-diaz-bea",
      "teacher-okafor",
    ])
  })

  test("filters classes by school and by term", async () => {
    const north = await listAllSourcedIds(
      fixture,
      "/v1/classes?school=org-north",
      token(),
    )
    const spring = await listAllSourcedIds(
      fixture,
      "/v1/classes?term=session-spring",
      token(),
    )
    const fall = await listAllSourcedIds(
      fixture,
      "/v1/classes?term=session-fall",
      token(),
    )

    expect(north).toEqual(["class-math"])
    expect(spring).toEqual(["class-math"])
    expect(fall).toEqual(["class-art", "class-math"])
  })

  test("filters enrollments by class, user, school and role", async () => {
    const list = (query: string) =>
      listAllSourcedIds(fixture, `/v1/enrollments?${query}`, token())

    expect(await list("class=class-art")).toEqual(["enr-art-3", "enr-art-okafor"])
    expect(await list("user=teacher-okafor")).toEqual([
      "enr-art-okafor",
      "enr-math-okafor",
    ])
    expect(await list("school=org-south")).toEqual(["enr-art-3", "enr-art-okafor"])
    expect(await list("role=administrator")).toEqual(["enr-math-admin"])
    expect(await list("role=student&class=class-math")).toEqual([
      "enr-math-1",
      "enr-math-2",
    ])
  })

  test("shows removed records only when the status filter asks for them", async () => {
    const removed = await listAllSourcedIds(
      fixture,
      "/v1/users?status=tobedeleted",
      token(),
    )
    const all = await listAllSourcedIds(
      fixture,
      "/v1/enrollments?status=all&class=class-art",
      token(),
    )

    expect(removed).toEqual(["student-4"])
    expect(all).toEqual(["enr-art-3", "enr-art-4", "enr-art-okafor"])
  })

  test("lists the other entities too", async () => {
    const orgs = await listAllSourcedIds(fixture, "/v1/orgs", token())
    const sessions = await listAllSourcedIds(fixture, "/v1/academicSessions", token())

    expect(orgs).toEqual(["org-district", "org-north", "org-south"])
    expect(sessions).toEqual(["session-2027", "session-fall", "session-spring"])
  })
})

describe("reading one record", () => {
  test("shows an org, a session and an enrollment as the REST API names them", async () => {
    const org = await getJson(fixture, "/v1/orgs/org-south", token())
    const session = await getJson(fixture, "/v1/academicSessions/session-fall", token())
    const enrollment = await getJson(fixture, "/v1/enrollments/enr-math-okafor", token())

    const head = { status: "active", dateLastModified: Modified }
    expect(org.body).toEqual({
      ...head,
      sourcedId: "org-south",
      name: "South School",
      type: "school",
      identifier: null,
      parentSourcedId: "org-district",
      metadata: { "metadata.region": "south" },
    })
    expect(session.body).toEqual({
      ...head,
      sourcedId: "session-fall",
      title: "Fall",
      type: "term",
      startDate: "2026-08-01",
      endDate: "2027-01-01",
      parentSourcedId: "session-2027",
      schoolYear: "2027",
      metadata: null,
    })
    expect(enrollment.body).toEqual({
      ...head,
      sourcedId: "enr-math-okafor",
      classSourcedId: "class-math",
      schoolSourcedId: "org-north",
      userSourcedId: "teacher-okafor",
      role: "teacher",
      primary: true,
      beginDate: "2026-08-15",
      endDate: "2027-06-15",
      metadata: null,
    })
  })

  test("shows a removed record with its status", async () => {
    const { status, body } = await getJson(fixture, "/v1/users/student-4", token())

    expect(status).toBe(200)
    expect(body["status"]).toBe("tobedeleted")
  })
})

describe("access", () => {
  test("answers 404 for another district's record, naming its kind and id", async () => {
    const answer = await getJson(fixture, "/v1/users/hill-admin", token())

    expect(answer).toEqual({
      status: 404,
      body: {
        statusCode: 404,
        code: "HR_ROSTER_NOT_FOUND",
        error: "Not Found",
        message: 'No user with sourcedId "hill-admin" exists in this district.',
      },
    })
  })

  test("shows each district only its own records", async () => {
    const lakesideAdmins = await listAllSourcedIds(
      fixture,
      "/v1/users?role=administrator",
      token(),
    )
    const hillsideAdmins = await listAllSourcedIds(
      fixture,
      "/v1/users?role=administrator",
      hillside.administrator.token,
    )

    expect(lakesideAdmins).toEqual(["admin-1"])
    expect(hillsideAdmins).toEqual(["admin-1", "hill-admin"])
  })

  test("lets a reader token read", async () => {
    const answer = await getJson(fixture, "/v1/classes/class-art", lakeside.reader.token)

    expect(answer.status).toBe(200)
    expect(answer.body["sourcedId"]).toBe("class-art")
  })

  test("answers 401 without a token and with an unknown one", async () => {
    const missing = await getJson(fixture, "/v1/users")
    const unknown = await getJson(fixture, "/v1/users", "hr_not-a-real-token")

    expect([missing.status, missing.body["code"]]).toEqual([401, "HR_AUTH_TOKEN_MISSING"])
    expect([unknown.status, unknown.body["code"]]).toEqual([401, "HR_AUTH_TOKEN_INVALID"])
  })

  test("refuses a query it cannot read with 400", async () => {
    const codes = await Promise.all(
      [
        "/v1/users?limit=0",
        "/v1/users?limit=1001",
        "/v1/users?limit=many",
        "/v1/users?role=wizard",
        "/v1/enrollments?role=guardian",
        "/v1/orgs?status=inactive",
        "/v1/orgs?cursor=not-a-cursor",
      ].map(async (path) => {
        const { status, body } = await getJson(fixture, path, token())
        return [status, body["code"]]
      }),
    )

    expect(codes).toEqual([
      [400, "HR_KIT_REQUEST_INVALID"],
      [400, "HR_KIT_REQUEST_INVALID"],
      [400, "HR_KIT_REQUEST_INVALID"],
      [400, "HR_KIT_REQUEST_INVALID"],
      [400, "HR_KIT_REQUEST_INVALID"],
      [400, "HR_KIT_REQUEST_INVALID"],
      [400, "HR_ROSTER_CURSOR_INVALID"],
    ])
  })
})
