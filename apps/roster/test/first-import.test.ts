import { findImport } from "@homeroom/records"
import { and, asc, eq } from "drizzle-orm"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import {
  classes,
  classTerms,
  enrollments,
  orgs,
  userAgents,
  userOrgs,
  users,
} from "../src/db/schema/index.js"
import { rosterFixture, type TestDistrict } from "./support/roster-fixture.js"
import { DayOne } from "./support/sample-roster.js"
import { applyImport } from "./support/submit-import.js"

const fixture = rosterFixture()
let district: TestDistrict
let importId: string

afterAll(() => fixture.stop())
beforeAll(async () => {
  await fixture.start()
  district = await fixture.createTestDistrict("Lakeside")
  importId = (await applyImport(fixture, district.districtId, DayOne)).importId
})

const bookkeeping = {
  digest: expect.any(BigInt),
  createdAt: expect.any(Date),
  updatedAt: expect.any(Date),
}

describe("a district's first import", () => {
  test("reaches applied with every record counted as created", async () => {
    const view = await findImport(fixture.database(), district.districtId, importId)

    expect(view?.status).toBe("applied")
    expect(view?.changes).toEqual({
      orgs: { created: 3, updated: 0, removed: 0, existing: 0 },
      academicSessions: { created: 3, updated: 0, removed: 0, existing: 0 },
      users: { created: 10, updated: 0, removed: 0, existing: 0 },
      classes: { created: 2, updated: 0, removed: 0, existing: 0 },
      teacherEnrollments: { created: 6, updated: 0, removed: 0, existing: 0 },
      studentEnrollments: { created: 4, updated: 0, removed: 0, existing: 0 },
    })
    expect(view?.timeline.map((entry) => entry.status)).toEqual([
      "received",
      "validating",
      "validated",
      "comparing",
      "applying",
      "applied",
    ])
  })

  test("stores orgs with every OneRoster column", async () => {
    const rows = await fixture
      .database()
      .select()
      .from(orgs)
      .where(eq(orgs.districtId, district.districtId))
      .orderBy(asc(orgs.sourcedId))

    const common = {
      districtId: district.districtId,
      status: "active",
      dateLastModified: new Date("2026-08-01T09:30:00.000Z"),
      lastImportId: importId,
      ...bookkeeping,
    }
    expect(rows).toEqual([
      {
        ...common,
        sourcedId: "org-district",
        name: "Lakeside District",
        type: "district",
        identifier: null,
        parentSourcedId: null,
        metadata: null,
      },
      {
        ...common,
        sourcedId: "org-north",
        name: "North School",
        type: "school",
        identifier: "NCES-1",
        parentSourcedId: "org-district",
        metadata: null,
      },
      {
        ...common,
        sourcedId: "org-south",
        name: "South School",
        type: "school",
        identifier: null,
        parentSourcedId: "org-district",
        metadata: { "metadata.region": "south" },
      },
    ])
  })

  test("stores users with lists as arrays and booleans as booleans", async () => {
    const rows = await fixture
      .database()
      .select()
      .from(users)
      .where(
        and(eq(users.districtId, district.districtId), eq(users.sourcedId, "student-1")),
      )

    expect(rows).toEqual([
      {
        districtId: district.districtId,
        sourcedId: "student-1",
        status: "active",
        dateLastModified: new Date("2026-08-01T09:30:00.000Z"),
        enabledUser: true,
        orgSourcedIds: ["org-north"],
        role: "student",
        username: "student-1",
        userIds: ["{SIS:student-1}"],
        givenName: "Given student-1",
        familyName: "Family student-1",
        middleName: null,
        identifier: null,
        email: null,
        sms: null,
        phone: null,
        agentSourcedIds: ["guardian-1"],
        grades: ["05"],
        metadata: null,
        lastImportId: importId,
        ...bookkeeping,
      },
    ])
  })

  test("stores classes and enrollments with dates as dates", async () => {
    const database = fixture.database()
    const [mathClass] = await database
      .select()
      .from(classes)
      .where(
        and(
          eq(classes.districtId, district.districtId),
          eq(classes.sourcedId, "class-math"),
        ),
      )
    const [teaching] = await database
      .select()
      .from(enrollments)
      .where(
        and(
          eq(enrollments.districtId, district.districtId),
          eq(enrollments.sourcedId, "enr-math-okafor"),
        ),
      )

    const common = {
      districtId: district.districtId,
      status: "active",
      dateLastModified: new Date("2026-08-01T09:30:00.000Z"),
      lastImportId: importId,
      ...bookkeeping,
    }
    expect(mathClass).toEqual({
      ...common,
      sourcedId: "class-math",
      title: "Math 5",
      grades: ["05"],
      courseSourcedId: "course-math",
      classCode: "M5",
      classType: "scheduled",
      location: "Room 1",
      schoolSourcedId: "org-north",
      termSourcedIds: ["session-fall", "session-spring"],
      subjects: ["Mathematics"],
      subjectCodes: ["MA"],
      periods: ["1", "3"],
      metadata: null,
    })
    expect(teaching).toEqual({
      ...common,
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

  test("keeps each list item in its link table with its position", async () => {
    const database = fixture.database()
    const inDistrict = district.districtId

    const teacherOrgs = await database
      .select()
      .from(userOrgs)
      .where(
        and(
          eq(userOrgs.districtId, inDistrict),
          eq(userOrgs.userSourcedId, "teacher-okafor"),
        ),
      )
      .orderBy(asc(userOrgs.position))
    const agents = await database
      .select()
      .from(userAgents)
      .where(eq(userAgents.districtId, inDistrict))
    const terms = await database
      .select()
      .from(classTerms)
      .where(eq(classTerms.districtId, inDistrict))
      .orderBy(asc(classTerms.classSourcedId), asc(classTerms.position))

    const link = { districtId: inDistrict }
    expect(teacherOrgs).toEqual([
      {
        ...link,
        userSourcedId: "teacher-okafor",
        orgSourcedId: "org-north",
        position: 1,
      },
      {
        ...link,
        userSourcedId: "teacher-okafor",
        orgSourcedId: "org-south",
        position: 2,
      },
    ])
    expect(agents).toEqual([
      { ...link, userSourcedId: "student-1", agentSourcedId: "guardian-1", position: 1 },
    ])
    expect(terms).toEqual([
      {
        ...link,
        classSourcedId: "class-art",
        termSourcedId: "session-fall",
        position: 1,
      },
      {
        ...link,
        classSourcedId: "class-math",
        termSourcedId: "session-fall",
        position: 1,
      },
      {
        ...link,
        classSourcedId: "class-math",
        termSourcedId: "session-spring",
        position: 2,
      },
    ])
  })

  test("keeps the district's users and enrollments in partitions of their own", async () => {
    const digits = district.districtId.replaceAll("-", "")
    const partitions = await fixture.database().$client`
      select parent.relname as parent, child.relname as partition,
        pg_get_expr(child.relpartbound, child.oid) as bound
      from pg_inherits
      join pg_class parent on parent.oid = pg_inherits.inhparent
      join pg_class child on child.oid = pg_inherits.inhrelid
      where parent.relname in ('users', 'enrollments') and parent.relkind = 'p'
      order by parent.relname`

    const bound = `FOR VALUES IN ('${district.districtId}')`
    expect([...partitions]).toEqual([
      { parent: "enrollments", partition: `enrollments_${digits}`, bound },
      { parent: "users", partition: `users_${digits}`, bound },
    ])
  })

  test("has no password column in any roster table", async () => {
    const rosterTables = [
      "orgs",
      "academic_sessions",
      "users",
      "classes",
      "enrollments",
      "user_orgs",
      "user_agents",
      "class_terms",
      "roster_outbox",
    ]
    const columns = await fixture.database().$client`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and table_name = any(${rosterTables})`

    expect(columns.length).toBeGreaterThan(80)
    expect(columns.filter((column) => /password/i.test(column["column_name"]))).toEqual(
      [],
    )
  })
})
