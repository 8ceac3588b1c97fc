import type { GradeCode } from "@homeroom/contracts"
import type { StudentUpdateKind } from "./churn.js"
import { arrivalDayOf, leavesOn, updateOn } from "./churn.js"
import type { District } from "./district.js"
import { StudentNumberLimit } from "./district.js"
import { chanceOf, Purposes, pickOf } from "./hash.js"
import { drawPersonName, initialLoginOf, PersonKinds } from "./names.js"
import type { Person } from "./person.js"
import type { School } from "./schools.js"
import { SourcedIds } from "./sourced-ids.js"

/** Share of students whose account is disabled (`enabledUser` false). */
const DisabledShare = 0.01

/** What can change about a student from day to day. */
export interface StudentState {
  /** Position of the student's grade among the school's grades. */
  readonly gradeIndex: number
  /** How many times the email address changed. */
  readonly emailRevision: number
  /** How many times the username changed. */
  readonly usernameRevision: number
}

/** A student present on some day: who it is and how it stands that day. */
export interface PresentStudent {
  readonly number: number
  readonly state: StudentState
}

/**
 * How a student stands on `day`, replaying each day since the student arrived, or
 * `undefined` when the student has not arrived yet or has left.
 */
export function studentStateOn(
  district: District,
  school: School,
  number: number,
  day: number,
): StudentState | undefined {
  const arrival = arrivalDayOf(district, school.index, number)
  if (arrival > day) return undefined

  let state = firstStateOf(district, school, number)
  for (let step = arrival + 1; step <= day; step += 1) {
    if (leavesOn(district, school.index, number, step)) return undefined

    const kind = updateOn(district, school.index, number, step)
    if (kind !== undefined) state = updated(district, school, number, step, state, kind)
  }

  return state
}

/** The students of a school present on `day`, in order of their numbers. */
export function* studentsOn(
  district: District,
  school: School,
  day: number,
): Generator<PresentStudent> {
  const issued = district.issuedStudents[school.index]?.[day] ?? 0

  for (let number = 0; number < issued; number += 1) {
    const state = studentStateOn(district, school, number, day)
    if (state !== undefined) yield { number, state }
  }
}

/** The grade a student enters with; class choices follow it, whatever changes later. */
export function firstGradeIndexOf(district: District, school: School, number: number) {
  return pickOf(
    school.level.grades.length,
    district.seed,
    Purposes.grade,
    school.index,
    number,
  )
}

/** A student's users.csv row on a day, given how the student stands that day. */
export function studentPerson(
  district: District,
  school: School,
  student: PresentStudent,
  guardianSourcedIds: readonly string[],
  domain: string,
): Person {
  const { number, state } = student
  const name = drawPersonName(district.seed, PersonKinds.student, school.index, number)
  const identifier = String((school.index + 1) * StudentNumberLimit + number + 1)
  const login = `${initialLoginOf(name)}${identifier}`

  return {
    sourcedId: SourcedIds.student(school.index, number),
    role: "student",
    enabled:
      chanceOf(district.seed, Purposes.enabled, school.index, number) >= DisabledShare,
    orgSourcedIds: [school.sourcedId],
    username: revised(login, state.usernameRevision),
    userIds: [`{SIS:${identifier}}`],
    name,
    identifier,
    email: `${revised(login, state.emailRevision)}@students.${domain}`,
    phone: "",
    agentSourcedIds: guardianSourcedIds,
    grades: [school.level.grades[state.gradeIndex] as GradeCode],
  }
}

function firstStateOf(district: District, school: School, number: number): StudentState {
  const gradeIndex = firstGradeIndexOf(district, school, number)

  return { gradeIndex, emailRevision: 0, usernameRevision: 0 }
}

function updated(
  district: District,
  school: School,
  number: number,
  day: number,
  state: StudentState,
  kind: StudentUpdateKind,
): StudentState {
  switch (kind) {
    case "email":
      return { ...state, emailRevision: state.emailRevision + 1 }
    case "username":
      return { ...state, usernameRevision: state.usernameRevision + 1 }
    case "grade":
      return {
        ...state,
        gradeIndex: otherGradeIndex(district, school, number, day, state),
      }
  }
}

// Any grade of the school but the current one, so a grade update always changes the row.
function otherGradeIndex(
  district: District,
  school: School,
  number: number,
  day: number,
  state: StudentState,
): number {
  const grades = school.level.grades.length
  const step =
    1 + pickOf(grades - 1, district.seed, Purposes.newGrade, school.index, number, day)

  return (state.gradeIndex + step) % grades
}

// A changed login gains a dotted revision number; base logins hold no dot, so a revised
// one can never equal another student's.
function revised(login: string, revision: number): string {
  return revision === 0 ? login : `${login}.${revision + 1}`
}
