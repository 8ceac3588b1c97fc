import type { ClassType, GradeCode } from "@homeroom/contracts"
import type { Calendar, Session } from "./calendar.js"
import type { District } from "./district.js"
import { chanceOf, Purposes, pickOf } from "./hash.js"
import type { Subject } from "./school-levels.js"
import { gradeLabelOf } from "./school-levels.js"
import type { School } from "./schools.js"
import { SourcedIds } from "./sourced-ids.js"

/** Share of classes that run for the whole year rather than one semester. */
const FullYearShare = 0.5

/** One class of a school. */
export interface SchoolClass {
  readonly school: School
  /** The class's index in its school, from 0. */
  readonly index: number
  readonly sourcedId: string
  /** The period it meets, from 0; period 0 is homeroom or advisory. */
  readonly period: number
  readonly grade: GradeCode
  readonly subject: Subject
  readonly title: string
  readonly classType: ClassType
  readonly classCode: string
  readonly location: string
  readonly courseSourcedId: string
  /** One or both semesters, in calendar order. */
  readonly terms: readonly Session[]
  /** Teacher indices in the school, the primary teacher first. */
  readonly teachers: readonly number[]
}

/**
 * Class `index` of a school. Classes are laid out so that the index alone gives the
 * period (`index mod periods`), the grade (the next digit, in base `grades`) and the
 * primary teacher (each teacher leads `classesPerTeacher` consecutive classes, so
 * mostly in different periods).
 */
export function classAt(
  district: District,
  school: School,
  index: number,
  calendar: Calendar,
): SchoolClass {
  const period = index % district.periodsPerDay
  const grades = school.level.grades
  const gradeIndex = Math.floor(index / district.periodsPerDay) % grades.length
  const grade = grades[gradeIndex] as GradeCode
  const subject = subjectOf(district, school, index, period)
  const teachers = teachersOf(district, school, index)

  return {
    school,
    index,
    sourcedId: SourcedIds.class(school.index, index),
    period,
    grade,
    subject,
    title: `${gradeLabelOf(grade)} ${subject.title} (Period ${period + 1})`,
    classType: period === 0 ? "homeroom" : "scheduled",
    classCode: `${subject.code}-${grade}-${index + 1}`,
    location: `Room ${101 + (teachers[0] ?? 0)}`,
    courseSourcedId: SourcedIds.course(subject.code, grade),
    terms: termsOf(district, school, index, period, calendar),
    teachers,
  }
}

/** Whether a class has two or three teachers rather than one. */
export function isCoTaught(district: District, school: number, index: number): boolean {
  if (district.teachersPerSchool < 2) return false

  return (
    chanceOf(district.seed, Purposes.coTeaching, school, index) < district.coTeachingShare
  )
}

function subjectOf(district: District, school: School, index: number, period: number) {
  const subjects = school.level.subjects
  if (period === 0) return subjects[0] as Subject

  const choice = pickOf(
    subjects.length - 1,
    district.seed,
    Purposes.classSubject,
    school.index,
    index,
  )

  return subjects[1 + choice] as Subject
}

function termsOf(
  district: District,
  school: School,
  index: number,
  period: number,
  calendar: Calendar,
): Session[] {
  const draw = chanceOf(district.seed, Purposes.classTerms, school.index, index)

  if (period === 0 || draw < FullYearShare) return [calendar.fall, calendar.spring]

  return draw < (1 + FullYearShare) / 2 ? [calendar.fall] : [calendar.spring]
}

// Co-teachers are distinct offsets from the primary teacher, so no teacher appears twice.
function teachersOf(district: District, school: School, index: number): number[] {
  const teachers = district.teachersPerSchool
  const primary = Math.floor(index / district.classesPerTeacher)
  if (!isCoTaught(district, school.index, index)) return [primary]

  const extra = Math.min(
    teachers - 1,
    1 + pickOf(2, district.seed, Purposes.coTeachers, school.index, index),
  )
  const offset = pickOf(
    teachers - 1,
    district.seed,
    Purposes.coTeachers,
    school.index,
    index,
    1,
  )
  const coTeachers = Array.from({ length: extra }, (_, slot) => {
    return (primary + 1 + ((offset + slot) % (teachers - 1))) % teachers
  })

  return [primary, ...coTeachers]
}
