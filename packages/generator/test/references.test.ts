import { RequiredFiles } from "@homeroom/contracts"
import { describe, expect, test } from "vitest"
import type { ReadBack } from "./support/generated.js"
import { generateAndRead } from "./support/generated.js"
import type { BundleTable } from "./support/read-bundle.js"
import { tableIn } from "./support/read-bundle.js"
import { temporaryFolder } from "./support/temporary-folder.js"

const folder = await temporaryFolder()
const days = [0, 2] as const
const bundles = new Map<number, ReadBack>()
for (const day of days) {
  bundles.set(day, await generateAndRead(folder, { size: "small", seed: 21, day }))
}

function tablesOn(day: number): Map<string, BundleTable> {
  const bundle = bundles.get(day)
  if (bundle === undefined) throw new Error(`day ${day} was not generated`)

  return bundle.tables
}

function idsOf(
  table: BundleTable,
  where: (row: Record<string, string>) => boolean = () => true,
) {
  return new Set(table.rows.filter(where).map((row) => row["sourcedId"] ?? ""))
}

function itemsOf(value: string | undefined): string[] {
  return value === undefined || value === "" ? [] : value.split(",")
}

/** The references of a column that point at nothing in `targets`. */
function dangling(table: BundleTable, column: string, targets: Set<string>): string[] {
  return table.rows.flatMap((row) =>
    itemsOf(row[column]).filter((id) => !targets.has(id)),
  )
}

describe.each(days)("references on day %i", (day) => {
  test("every sourcedId is unique within its file", () => {
    const tables = tablesOn(day)

    for (const file of RequiredFiles) {
      const table = tableIn(tables, file)
      expect({ file, unique: idsOf(table).size }).toEqual({
        file,
        unique: table.rows.length,
      })
    }
  })

  test("every reference resolves, to a record of the right type", () => {
    const tables = tablesOn(day)
    const sessions = tableIn(tables, "academicSessions.csv")
    const orgs = tableIn(tables, "orgs.csv")
    const users = tableIn(tables, "users.csv")
    const classes = tableIn(tables, "classes.csv")
    const enrollments = tableIn(tables, "enrollments.csv")
    const schools = idsOf(orgs, (row) => row["type"] === "school")
    const terms = idsOf(sessions, (row) => row["type"] === "semester")

    expect({
      sessionParents: dangling(sessions, "parentSourcedId", idsOf(sessions)),
      orgParents: dangling(orgs, "parentSourcedId", idsOf(orgs)),
      userOrgs: dangling(users, "orgSourcedIds", idsOf(orgs)),
      userAgents: dangling(users, "agentSourcedIds", idsOf(users)),
      classSchools: dangling(classes, "schoolSourcedId", schools),
      classTerms: dangling(classes, "termSourcedIds", terms),
      enrollmentClasses: dangling(enrollments, "classSourcedId", idsOf(classes)),
      enrollmentSchools: dangling(enrollments, "schoolSourcedId", schools),
      enrollmentUsers: dangling(enrollments, "userSourcedId", idsOf(users)),
    }).toEqual({
      sessionParents: [],
      orgParents: [],
      userOrgs: [],
      userAgents: [],
      classSchools: [],
      classTerms: [],
      enrollmentClasses: [],
      enrollmentSchools: [],
      enrollmentUsers: [],
    })
  })

  test("an enrollment's school is its class's school, and its role its user's role", () => {
    const tables = tablesOn(day)
    const schoolOfClass = new Map(
      tableIn(tables, "classes.csv").rows.map((row) => [
        row["sourcedId"],
        row["schoolSourcedId"],
      ]),
    )
    const roleOfUser = new Map(
      tableIn(tables, "users.csv").rows.map((row) => [row["sourcedId"], row["role"]]),
    )

    const mismatches = tableIn(tables, "enrollments.csv").rows.filter(
      (row) =>
        schoolOfClass.get(row["classSourcedId"]) !== row["schoolSourcedId"] ||
        roleOfUser.get(row["userSourcedId"]) !== row["role"],
    )

    expect(mismatches).toEqual([])
  })

  test("students and their guardians point at each other", () => {
    const users = tableIn(tablesOn(day), "users.csv").rows
    const agentsOf = new Map(
      users.map((row) => [row["sourcedId"], itemsOf(row["agentSourcedIds"])]),
    )
    const guardians = users.filter(
      (row) => row["role"] === "parent" || row["role"] === "guardian",
    )

    const oneWay = users.flatMap((row) =>
      itemsOf(row["agentSourcedIds"])
        .filter((agent) => !(agentsOf.get(agent) ?? []).includes(row["sourcedId"] ?? ""))
        .map((agent) => `${row["sourcedId"]} -> ${agent}`),
    )

    expect(guardians.length).toBeGreaterThan(0)
    expect(oneWay).toEqual([])
  })

  test("no student takes two classes in the same period", () => {
    const tables = tablesOn(day)
    const periodOfClass = new Map(
      tableIn(tables, "classes.csv").rows.map((row) => [
        row["sourcedId"],
        row["periods"],
      ]),
    )
    const seen = new Set<string>()
    const clashes: string[] = []

    for (const row of tableIn(tables, "enrollments.csv").rows) {
      if (row["role"] !== "student") continue
      const slot = `${row["userSourcedId"]} ${periodOfClass.get(row["classSourcedId"])}`
      if (seen.has(slot)) clashes.push(slot)
      seen.add(slot)
    }

    expect(clashes).toEqual([])
  })
})
