import { access } from "node:fs/promises"
import { join } from "node:path"
import { Writable } from "node:stream"
import { describe, expect, test } from "vitest"
import type { DistrictOptions } from "../src/index.js"
import {
  describeDistrict,
  expectedChanges,
  generateBundle,
  writeBundle,
} from "../src/index.js"
import { temporaryFolder } from "./support/temporary-folder.js"

const folder = await temporaryFolder()

const refused: readonly (readonly [string, DistrictOptions])[] = [
  ["more classes a student than periods", { maxClassesPerStudent: 9, periodsPerDay: 8 }],
  ["no school", { schools: 0 }],
  ["a share above 1", { churn: { leaveRate: 1.5 } }],
  ["a negative day", { day: -1 }],
  ["a fractional seed", { seed: 1.5 }],
  ["a fractional count", { studentsPerSchool: 2.5 }],
  ["more teachers than staff numbers allow", { teachersPerSchool: 9_000 }],
]

describe("options", () => {
  test.each(refused)("%s is refused with a RangeError", (_name, options) => {
    expect(() => describeDistrict(options)).toThrow(RangeError)
  })

  test("a refused option writes no file", async () => {
    const path = join(folder, "refused.zip")

    await expect(generateBundle(path, { schools: 0 })).rejects.toThrow(RangeError)
    await expect(access(path)).rejects.toThrow("ENOENT")
  })

  test("expectedChanges refuses a negative or fractional day", () => {
    expect(() => expectedChanges({}, -1, 0)).toThrow(RangeError)
    expect(() => expectedChanges({}, 0, 0.5)).toThrow(RangeError)
  })

  test("a failing output rejects the write instead of hanging", async () => {
    const failing = new Writable({
      write(_chunk, _encoding, done) {
        done(new Error("disk full"))
      },
    })

    await expect(writeBundle({ size: "small" }, failing)).rejects.toThrow("disk full")
  })

  test("explicit numbers override the preset they start from", () => {
    const description = describeDistrict({
      size: "small",
      schools: 2,
      teachersPerSchool: 4,
    })

    expect(description.schools.map((school) => school.sourcedId)).toEqual([
      "sch-1",
      "sch-2",
    ])
    expect(description.usersByRole.teacher).toBe(8)
    expect(description.records.classes).toBe(2 * 4 * 6)
  })
})
