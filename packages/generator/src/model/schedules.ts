import type { District } from "./district.js"
import { Purposes, pickOf } from "./hash.js"
import type { School } from "./schools.js"
import { firstGradeIndexOf } from "./students.js"

/** One class a student takes: the period and the class's index in the school. */
export interface ClassChoice {
  readonly period: number
  readonly classIndex: number
}

/**
 * The classes a student takes, one a period: homeroom in period 0, then consecutive
 * periods from a drawn start. Choices depend on the student's identity and first grade
 * only, so a student's enrollments stay the same for as long as the student stays.
 */
export function classChoicesOf(
  district: District,
  school: School,
  student: number,
): ClassChoice[] {
  const gradeIndex = firstGradeIndexOf(district, school, student)
  const choices: ClassChoice[] = []

  for (const period of periodsOf(district, school.index, student)) {
    const classIndex = classInPeriod(district, school, student, period, gradeIndex)
    if (classIndex !== undefined) choices.push({ period, classIndex })
  }

  return choices
}

function periodsOf(district: District, school: number, student: number): number[] {
  const {
    minClassesPerStudent: fewest,
    maxClassesPerStudent: most,
    periodsPerDay,
  } = district
  const count =
    fewest +
    pickOf(most - fewest + 1, district.seed, Purposes.classCount, school, student)
  const others = periodsPerDay - 1
  const start =
    others > 0
      ? pickOf(others, district.seed, Purposes.classCount, school, student, 1)
      : 0
  const periods = [0]

  for (let slot = 0; slot < count - 1; slot += 1)
    periods.push(1 + ((start + slot) % others))

  return periods
}

// A class of the student's grade when the school has one that period, else any class
// that period; a small school may have no class at all in a late period.
function classInPeriod(
  district: District,
  school: School,
  student: number,
  period: number,
  gradeIndex: number,
): number | undefined {
  const periods = district.periodsPerDay
  const gradeBlock = periods * school.level.grades.length
  const firstOfGrade = period + periods * gradeIndex
  const ofGrade = countBelow(district.classesPerSchool, firstOfGrade, gradeBlock)
  if (ofGrade > 0)
    return (
      firstOfGrade + gradeBlock * drawClass(district, school, student, period, ofGrade)
    )

  const ofPeriod = countBelow(district.classesPerSchool, period, periods)
  if (ofPeriod > 0)
    return period + periods * drawClass(district, school, student, period, ofPeriod)

  return undefined
}

function drawClass(
  district: District,
  school: School,
  student: number,
  period: number,
  count: number,
) {
  return pickOf(count, district.seed, Purposes.classChoice, school.index, student, period)
}

/** How many of `first`, `first + step`, `first + 2 step`, … are below `limit`. */
function countBelow(limit: number, first: number, step: number): number {
  return first >= limit ? 0 : Math.floor((limit - 1 - first) / step) + 1
}
