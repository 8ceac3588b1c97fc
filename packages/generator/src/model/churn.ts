import type { District } from "./district.js"
import { chanceOf, Purposes, pickOf } from "./hash.js"

/** The fields a staying student may have changed from one day to the next. */
export const StudentUpdateKinds = ["grade", "email", "username"] as const

/** A kind of change to a staying student. */
export type StudentUpdateKind = (typeof StudentUpdateKinds)[number]

/**
 * The first day a student number appears, or `Infinity` when the school had not
 * issued it by the district's last day.
 */
export function arrivalDayOf(
  district: District,
  school: number,
  student: number,
): number {
  const issued = district.issuedStudents[school] ?? []
  const day = issued.findIndex((count) => student < count)

  return day === -1 ? Number.POSITIVE_INFINITY : day
}

/** Whether a student present the day before is absent from `day`'s export. */
export function leavesOn(
  district: District,
  school: number,
  student: number,
  day: number,
) {
  const draw = chanceOf(district.seed, Purposes.leave, school, student, day)

  return draw < district.churn.leaveRate
}

/** What changes about a student who stays into `day`, if anything does. */
export function updateOn(
  district: District,
  school: number,
  student: number,
  day: number,
): StudentUpdateKind | undefined {
  const draw = chanceOf(district.seed, Purposes.update, school, student, day)
  if (draw >= district.churn.updateRate) return undefined

  const kind = pickOf(
    StudentUpdateKinds.length,
    district.seed,
    Purposes.updateKind,
    school,
    student,
    day,
  )

  return StudentUpdateKinds[kind]
}
