import { describe, expect, test } from "vitest"
import type { DistrictOptions } from "../src/index.js"
import { coTaughtClassSourcedIds, teachersOfClass } from "../src/index.js"
import { generateAndRead } from "./support/generated.js"
import { tableIn } from "./support/read-bundle.js"
import { temporaryFolder } from "./support/temporary-folder.js"

const folder = await temporaryFolder()
const options: DistrictOptions = { size: "small", seed: 13 }
const { tables } = await generateAndRead(folder, options)
const teacherEnrollments = tableIn(tables, "enrollments.csv").rows.filter(
  (row) => row["role"] === "teacher",
)

function enrollmentsByClass(): Map<string, Record<string, string>[]> {
  const byClass = new Map<string, Record<string, string>[]>()
  for (const row of teacherEnrollments) {
    const key = row["classSourcedId"] ?? ""
    byClass.set(key, [...(byClass.get(key) ?? []), row])
  }

  return byClass
}

describe("co-teaching", () => {
  test("every class has exactly one primary teacher, co-taught or not", () => {
    const classes = tableIn(tables, "classes.csv").rows.map(
      (row) => row["sourcedId"] ?? "",
    )
    const byClass = enrollmentsByClass()
    const primaries = (id: string) =>
      (byClass.get(id) ?? []).filter((row) => row["primary"] === "true").length

    expect(classes.filter((id) => primaries(id) !== 1)).toEqual([])
  })

  test("coTaughtClassSourcedIds lists exactly the classes with two or three teachers", () => {
    const byClass = enrollmentsByClass()
    const coTaught = [...byClass].filter(([, rows]) => rows.length > 1).map(([id]) => id)
    const sizes = new Set([...byClass.values()].map((rows) => rows.length))

    expect(coTaught.length).toBeGreaterThan(10)
    expect(coTaughtClassSourcedIds(options)).toEqual(coTaught)
    expect([...sizes].sort()).toEqual([1, 2, 3])
  })

  test("teachersOfClass gives each teacher's names and primary flag as the files do", () => {
    const users = new Map(
      tableIn(tables, "users.csv").rows.map((row) => [row["sourcedId"] ?? "", row]),
    )
    const byClass = enrollmentsByClass()

    for (const classSourcedId of coTaughtClassSourcedIds(options).slice(0, 20)) {
      const fromFiles = (byClass.get(classSourcedId) ?? []).map((row) => {
        const user = users.get(row["userSourcedId"] ?? "") ?? {}
        return {
          sourcedId: row["userSourcedId"],
          givenName: user["givenName"],
          familyName: user["familyName"],
          middleName: user["middleName"],
          primary: row["primary"] === "true",
        }
      })
      expect(teachersOfClass(options, classSourcedId)).toEqual(fromFiles)
    }
  })

  test("teachersOfClass refuses a sourcedId that is no class of the district", () => {
    expect(() => teachersOfClass(options, "cls-99-1")).toThrow(RangeError)
    expect(() => teachersOfClass(options, "tch-1-1")).toThrow(RangeError)
  })
})
