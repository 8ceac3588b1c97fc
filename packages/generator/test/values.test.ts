import {
  BooleanValues,
  ClassTypes,
  ColumnsByFile,
  EnrollmentRoles,
  GradeCodes,
  OrgTypes,
  RequiredFiles,
  SessionTypes,
  UserRoles,
} from "@homeroom/contracts"
import { describe, expect, test } from "vitest"
import { generateAndRead } from "./support/generated.js"
import type { BundleTable } from "./support/read-bundle.js"
import { tableIn } from "./support/read-bundle.js"
import { temporaryFolder } from "./support/temporary-folder.js"

const folder = await temporaryFolder()
const { tables } = await generateAndRead(folder, { size: "small", seed: 9 })

const Vocabularies: Readonly<Record<string, readonly string[]>> = {
  "academicSessions.csv type": SessionTypes,
  "orgs.csv type": OrgTypes,
  "users.csv role": UserRoles,
  "users.csv enabledUser": BooleanValues,
  "classes.csv classType": ClassTypes,
  "enrollments.csv role": EnrollmentRoles,
}

function valuesOf(table: BundleTable, column: string): string[] {
  return table.rows.map((row) => row[column] ?? "")
}

function outside(values: readonly string[], allowed: readonly string[]): string[] {
  return [...new Set(values.filter((value) => !allowed.includes(value)))]
}

describe("values", () => {
  test("status and dateLastModified are blank, as a bulk file wants", () => {
    for (const file of RequiredFiles) {
      const table = tableIn(tables, file)
      const filled = [
        ...valuesOf(table, "status"),
        ...valuesOf(table, "dateLastModified"),
      ]
      expect({ file, filled: outside(filled, [""]) }).toEqual({ file, filled: [] })
    }
  })

  test("enumerations hold only their vocabulary's values", () => {
    for (const [key, vocabulary] of Object.entries(Vocabularies)) {
      const [file = "", column = ""] = key.split(" ")
      const values = valuesOf(tableIn(tables, file), column)
      expect({ key, outside: outside(values, vocabulary) }).toEqual({ key, outside: [] })
    }
  })

  test("dates are YYYY-MM-DD and school years YYYY", () => {
    const dates = RequiredFiles.flatMap((file) =>
      ColumnsByFile[file]
        .filter((column) => column.format === "date")
        .flatMap((column) => valuesOf(tableIn(tables, file), column.name)),
    )
    const years = valuesOf(tableIn(tables, "academicSessions.csv"), "schoolYear")

    expect(dates.length).toBeGreaterThan(1_000)
    expect(dates.filter((date) => !/^\d{4}-\d{2}-\d{2}$/.test(date))).toEqual([])
    expect(years.filter((year) => !/^\d{4}$/.test(year))).toEqual([])
  })

  test("grades are CEDS codes", () => {
    const grades = ["users.csv", "classes.csv"].flatMap((file) =>
      valuesOf(tableIn(tables, file), "grades").flatMap((value) =>
        value ? value.split(",") : [],
      ),
    )

    expect(grades.length).toBeGreaterThan(700)
    expect(outside(grades, GradeCodes)).toEqual([])
  })

  test("teacher enrollments say whether they are primary; student enrollments leave it blank", () => {
    const enrollments = tableIn(tables, "enrollments.csv").rows
    const primaryOf = (role: string) => [
      ...new Set(
        enrollments.filter((row) => row["role"] === role).map((row) => row["primary"]),
      ),
    ]

    expect(primaryOf("teacher").sort()).toEqual(["false", "true"])
    expect(primaryOf("student")).toEqual([""])
  })

  test("lists of more than one item are quoted, single items are not", () => {
    const classes = tableIn(tables, "classes.csv").text

    expect(classes).toContain(',"term-2027-1,term-2027-2",')
    expect(classes).toMatch(/,term-2027-[12],/)
  })

  test("names with commas, apostrophes, quotes and accents survive RFC 4180 quoting", () => {
    const users = tableIn(tables, "users.csv")
    const names = new Set(
      ["givenName", "familyName", "middleName"].flatMap((column) =>
        valuesOf(users, column),
      ),
    )
    const having = (pattern: RegExp) => [...names].some((name) => pattern.test(name))

    expect({
      comma: having(/,/),
      apostrophe: having(/'/),
      quote: having(/"/),
      accent: having(/[À-ɏḀ-ỿ]/u),
    }).toEqual({ comma: true, apostrophe: true, quote: true, accent: true })
    expect(users.text).toContain('"King, Jr."')
  })

  test("passwords are blank unless asked for", async () => {
    const asked = await generateAndRead(folder, {
      size: "small",
      seed: 9,
      passwords: true,
    })
    const blank = valuesOf(tableIn(tables, "users.csv"), "password")
    const filled = valuesOf(tableIn(asked.tables, "users.csv"), "password")

    expect(outside(blank, [""])).toEqual([])
    expect(
      filled.filter((password) => !/^Pw-[0-9a-z]+-[0-9a-z]+$/.test(password)),
    ).toEqual([])
    expect(new Set(filled).size).toBe(filled.length)
  })
})
