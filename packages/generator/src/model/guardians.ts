import type { District } from "./district.js"
import { chanceOf, Purposes } from "./hash.js"
import type { PersonName } from "./names.js"
import { drawPersonName, fullLoginOf, PersonKinds } from "./names.js"
import type { Person } from "./person.js"
import type { School } from "./schools.js"
import { SourcedIds } from "./sourced-ids.js"

/** Share of guardians listed with role `parent`; the others have role `guardian`. */
const ParentShare = 0.8

/** Share of second guardians who keep a family name of their own. */
const OwnFamilyNameShare = 0.5

/** How many guardians a student has listed: none, one or two. */
export function guardianCountOf(district: District, school: number, student: number) {
  const draw = chanceOf(district.seed, Purposes.guardianCount, school, student)
  if (draw >= district.guardianShare) return 0

  return chanceOf(district.seed, Purposes.guardianCount, school, student, 1) < 0.5 ? 1 : 2
}

/** The sourcedIds of a student's guardians. */
export function guardianSourcedIdsOf(
  district: District,
  school: number,
  student: number,
) {
  const count = guardianCountOf(district, school, student)

  return Array.from({ length: count }, (_, member) =>
    SourcedIds.guardian(school, student, member),
  )
}

/**
 * A student's guardian `member` (0 or 1). Guardians depend on the student's identity
 * only, never on what changes from day to day, so they stay unchanged while the
 * student stays.
 */
export function guardianPerson(
  district: District,
  school: School,
  student: number,
  member: number,
  studentName: PersonName,
): Person {
  const drawn = drawPersonName(
    district.seed,
    PersonKinds.guardian,
    school.index,
    student,
    member,
  )
  const name = {
    ...drawn,
    familyName: guardianFamilyName(district, school, student, member, studentName, drawn),
  }
  const sourcedId = SourcedIds.guardian(school.index, student, member)
  const login = fullLoginOf(name)
  const guardianNumber = `${school.index + 1}x${student + 1}x${member + 1}`

  return {
    sourcedId,
    role: guardianRoleOf(district, school.index, student, member),
    enabled: true,
    orgSourcedIds: [school.sourcedId],
    username: `${login}.${guardianNumber}`,
    userIds: [],
    name,
    identifier: "",
    email: `${login}${guardianNumber}@example.net`,
    phone: `+1-202-555-01${String((student * 2 + member) % 100).padStart(2, "0")}`,
    agentSourcedIds: [SourcedIds.student(school.index, student)],
    grades: [],
  }
}

// The first guardian shares the student's family name; a second one may keep its own.
function guardianFamilyName(
  district: District,
  school: School,
  student: number,
  member: number,
  studentName: PersonName,
  drawn: PersonName,
): string {
  const draw = chanceOf(
    district.seed,
    Purposes.guardianFamily,
    school.index,
    student,
    member,
  )
  const keepsOwn = member > 0 && draw < OwnFamilyNameShare

  return keepsOwn ? drawn.familyName : studentName.familyName
}

/** Whether a student's guardian `member` is listed as a parent or as a guardian. */
export function guardianRoleOf(
  district: District,
  school: number,
  student: number,
  member: number,
): "parent" | "guardian" {
  const draw = chanceOf(district.seed, Purposes.guardianRole, school, student, member)

  return draw < ParentShare ? "parent" : "guardian"
}
