import type { ChurnRates, DistrictOptions, DistrictShape } from "../options.js"
import { DistrictShapes } from "../options.js"
import { hashOf, Purposes, seedOf } from "./hash.js"

/** Student numbers stay below this, so a student's identifier fits its school's block. */
export const StudentNumberLimit = 1_000_000

/**
 * Each school numbers its staff within a block of this size: teachers below
 * `TeacherNumberLimit`, administrators above it, so no two staff logins collide.
 */
export const StaffNumberBlock = 10_000

/** Teacher numbers stay below this; administrators take the rest of the block. */
export const TeacherNumberLimit = 9_000

/** Options resolved and checked: the one value every part of the model reads. */
export interface District extends DistrictShape {
  /** The 32-bit seed. */
  readonly seed: number
  /** The day being exported. */
  readonly day: number
  /** The calendar year in which the school year ends. */
  readonly schoolYear: number
  /** Whether users.csv carries passwords. */
  readonly passwords: boolean
  /** Classes at each school. */
  readonly classesPerSchool: number
  /**
   * For each school, how many student numbers were handed out by each day, days 0 to
   * `day`: numbers below `issuedStudents[school][0]` are first-day students, the
   * numbers after them arrived on later days.
   */
  readonly issuedStudents: readonly (readonly number[])[]
}

/** Resolves options against their size preset and checks every number. */
export function resolveDistrict(options: DistrictOptions): District {
  const shape = shapeOf(options)
  const seed = seedOf(options.seed ?? 1)
  const day = options.day ?? 0

  checkShape(shape)
  requireWhole("day", day, 0)

  return {
    ...shape,
    seed,
    day,
    schoolYear: checkedSchoolYear(options.schoolYear ?? 2027),
    passwords: options.passwords ?? false,
    classesPerSchool: shape.teachersPerSchool * shape.classesPerTeacher,
    issuedStudents: issueStudentNumbers(shape, seed, day),
  }
}

function shapeOf(options: DistrictOptions): DistrictShape {
  const preset = DistrictShapes[options.size ?? "tiny"]
  const churn: ChurnRates = {
    leaveRate: options.churn?.leaveRate ?? preset.churn.leaveRate,
    arrivalRate: options.churn?.arrivalRate ?? preset.churn.arrivalRate,
    updateRate: options.churn?.updateRate ?? preset.churn.updateRate,
  }

  return {
    schools: options.schools ?? preset.schools,
    studentsPerSchool: options.studentsPerSchool ?? preset.studentsPerSchool,
    teachersPerSchool: options.teachersPerSchool ?? preset.teachersPerSchool,
    classesPerTeacher: options.classesPerTeacher ?? preset.classesPerTeacher,
    administratorsPerSchool:
      options.administratorsPerSchool ?? preset.administratorsPerSchool,
    districtAdministrators:
      options.districtAdministrators ?? preset.districtAdministrators,
    periodsPerDay: options.periodsPerDay ?? preset.periodsPerDay,
    minClassesPerStudent: options.minClassesPerStudent ?? preset.minClassesPerStudent,
    maxClassesPerStudent: options.maxClassesPerStudent ?? preset.maxClassesPerStudent,
    guardianShare: options.guardianShare ?? preset.guardianShare,
    coTeachingShare: options.coTeachingShare ?? preset.coTeachingShare,
    churn,
  }
}

function issueStudentNumbers(shape: DistrictShape, seed: number, lastDay: number) {
  const schools = Array.from({ length: shape.schools }, (_, school) => {
    const issued = [shape.studentsPerSchool]
    for (let day = 1; day <= lastDay; day += 1) {
      issued.push((issued[day - 1] ?? 0) + arrivalsOn(shape, seed, school, day))
    }
    return issued
  })

  const highest = Math.max(...schools.map((issued) => issued[lastDay] ?? 0))
  if (highest > StudentNumberLimit) {
    throw new RangeError(`a school would issue more than ${StudentNumberLimit} students`)
  }

  return schools
}

// The expected arrivals are rarely whole, so the fraction is rounded up or down at
// random: a small school still gets an arrival now and then, and the mean stays right.
function arrivalsOn(shape: DistrictShape, seed: number, school: number, day: number) {
  const expected = shape.studentsPerSchool * shape.churn.arrivalRate
  const roundUp = hashOf(seed, Purposes.arrivals, school, day) / 0x1_0000_0000

  return Math.floor(expected + roundUp)
}

function checkShape(shape: DistrictShape): void {
  requireWhole("schools", shape.schools, 1)
  requireWhole("studentsPerSchool", shape.studentsPerSchool, 0)
  requireWhole("teachersPerSchool", shape.teachersPerSchool, 1, TeacherNumberLimit - 1)
  requireWhole("classesPerTeacher", shape.classesPerTeacher, 1)
  const administratorLimit = StaffNumberBlock - TeacherNumberLimit - 1
  requireWhole(
    "administratorsPerSchool",
    shape.administratorsPerSchool,
    0,
    administratorLimit,
  )
  requireWhole(
    "districtAdministrators",
    shape.districtAdministrators,
    0,
    administratorLimit,
  )
  requireWhole("periodsPerDay", shape.periodsPerDay, 1)
  requireWhole("minClassesPerStudent", shape.minClassesPerStudent, 1)
  requireWhole(
    "maxClassesPerStudent",
    shape.maxClassesPerStudent,
    shape.minClassesPerStudent,
    shape.periodsPerDay,
  )
  requireShare("guardianShare", shape.guardianShare)
  requireShare("coTeachingShare", shape.coTeachingShare)
  requireShare("churn.leaveRate", shape.churn.leaveRate)
  requireShare("churn.arrivalRate", shape.churn.arrivalRate)
  requireShare("churn.updateRate", shape.churn.updateRate)
}

function checkedSchoolYear(year: number): number {
  requireWhole("schoolYear", year, 1901, 9999)

  return year
}

function requireWhole(name: string, value: number, min: number, max = Infinity): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}`)
  }
}

function requireShare(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1`)
}
