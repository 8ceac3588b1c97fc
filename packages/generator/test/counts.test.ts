import type { UserRole } from "@homeroom/contracts"
import { RequiredFiles } from "@homeroom/contracts"
import { describe, expect, test } from "vitest"
import type { DistrictOptions } from "../src/index.js"
import { describeDistrict } from "../src/index.js"
import { generateAndRead } from "./support/generated.js"
import { tableIn } from "./support/read-bundle.js"
import { temporaryFolder } from "./support/temporary-folder.js"

const folder = await temporaryFolder()

const cases: readonly (readonly [string, DistrictOptions])[] = [
  ["the tiny preset", { size: "tiny" }],
  ["the small preset", { size: "small", seed: "counts" }],
  [
    "the third day of a busy district",
    { size: "small", day: 3, churn: { leaveRate: 0.2 } },
  ],
  [
    "explicit numbers",
    { schools: 3, studentsPerSchool: 40, teachersPerSchool: 5, classesPerTeacher: 3 },
  ],
]

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1

  return counts
}

function withoutZeros(
  counts: Readonly<Record<UserRole, number>>,
): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0))
}

describe("describeDistrict", () => {
  test.each(cases)("counts the rows of every file for %s", async (_name, options) => {
    const { bundle, tables } = await generateAndRead(folder, options)
    const description = describeDistrict(options)

    const rowsRead = Object.fromEntries(
      RequiredFiles.map((file) => [file, tableIn(tables, file).rows.length]),
    )
    const rowsReported = Object.fromEntries(
      RequiredFiles.map((file) => [file, bundle.files[file].rows]),
    )
    expect(rowsRead).toEqual(description.rows)
    expect(rowsReported).toEqual(description.rows)
  })

  test.each(cases)(
    "counts users by role and enrollments by kind for %s",
    async (_n, options) => {
      const { tables } = await generateAndRead(folder, options)
      const description = describeDistrict(options)
      const enrollmentRoles = countBy(
        tableIn(tables, "enrollments.csv").rows.map((row) => row["role"] ?? ""),
      )

      expect(
        countBy(tableIn(tables, "users.csv").rows.map((row) => row["role"] ?? "")),
      ).toEqual(withoutZeros(description.usersByRole))
      expect(enrollmentRoles).toEqual({
        teacher: description.records.teacherEnrollments,
        student: description.records.studentEnrollments,
      })
    },
  )

  test("the small preset is about a thousand users taking six to eight classes each", () => {
    const { records, usersByRole } = describeDistrict({ size: "small" })
    const perStudent = records.studentEnrollments / usersByRole.student

    expect(records.users).toBeGreaterThan(900)
    expect(records.users).toBeLessThan(1_200)
    expect(perStudent).toBeGreaterThan(6.5)
    expect(perStudent).toBeLessThan(7.5)
  })

  test("the large preset is about half a million users and 3.4 million enrollments", () => {
    const { records } = describeDistrict({ size: "large" })
    const enrollments = records.teacherEnrollments + records.studentEnrollments

    expect(records.users).toBeGreaterThan(480_000)
    expect(records.users).toBeLessThan(520_000)
    expect(enrollments).toBeGreaterThan(3_300_000)
    expect(enrollments).toBeLessThan(3_600_000)
  })
})
