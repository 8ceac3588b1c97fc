import type { District } from "./district.js"
import { StaffNumberBlock, TeacherNumberLimit } from "./district.js"
import { chanceOf, Purposes } from "./hash.js"
import { drawPersonName, fullLoginOf, initialLoginOf, PersonKinds } from "./names.js"
import type { Person } from "./person.js"
import type { DistrictOrg, School } from "./schools.js"
import { SourcedIds } from "./sourced-ids.js"

/** Share of teachers who also belong to the next school, to exercise org lists. */
const SecondSchoolShare = 0.05

/** Teacher `index` (from 0) of a school. */
export function teacherAt(
  district: District,
  school: School,
  index: number,
  domain: string,
): Person {
  const name = drawPersonName(district.seed, PersonKinds.teacher, school.index, index)
  const staffNumber = (school.index + 1) * StaffNumberBlock + index + 1
  const username = `${initialLoginOf(name)}${staffNumber}`

  return staffMember({
    sourcedId: SourcedIds.teacher(school.index, index),
    role: "teacher",
    orgSourcedIds: teacherOrgsOf(district, school, index),
    username,
    userIds: [`{SIS:E${staffNumber}}`, `{LDAP:${username}}`],
    name,
    identifier: `E${staffNumber}`,
    email: `${fullLoginOf(name)}${staffNumber}@${domain}`,
  })
}

/** Administrator `index` (from 0) of a school. */
export function schoolAdministratorAt(
  district: District,
  school: School,
  index: number,
  domain: string,
): Person {
  const name = drawPersonName(
    district.seed,
    PersonKinds.administrator,
    school.index,
    index,
  )
  const staffNumber =
    (school.index + 1) * StaffNumberBlock + TeacherNumberLimit + index + 1

  return administrator(
    name,
    SourcedIds.schoolAdministrator(school.index, index),
    school.sourcedId,
    staffNumber,
    domain,
  )
}

/** Administrator `index` (from 0) of the district office. */
export function districtAdministratorAt(
  district: District,
  org: DistrictOrg,
  index: number,
): Person {
  const name = drawPersonName(district.seed, PersonKinds.administrator, -1, index)
  const staffNumber = TeacherNumberLimit + index + 1

  return administrator(
    name,
    SourcedIds.districtAdministrator(index),
    org.sourcedId,
    staffNumber,
    org.emailDomain,
  )
}

function administrator(
  name: Person["name"],
  sourcedId: string,
  orgSourcedId: string,
  staffNumber: number,
  domain: string,
): Person {
  const login = `${fullLoginOf(name)}${staffNumber}`

  return staffMember({
    sourcedId,
    role: "administrator",
    orgSourcedIds: [orgSourcedId],
    username: login,
    userIds: [`{SIS:A${staffNumber}}`],
    name,
    identifier: `A${staffNumber}`,
    email: `${login}@${domain}`,
  })
}

function teacherOrgsOf(district: District, school: School, index: number): string[] {
  const secondSchool = chanceOf(district.seed, Purposes.secondSchool, school.index, index)
  if (district.schools < 2 || secondSchool >= SecondSchoolShare) return [school.sourcedId]

  return [school.sourcedId, SourcedIds.school((school.index + 1) % district.schools)]
}

type StaffFields = Pick<
  Person,
  | "sourcedId"
  | "role"
  | "orgSourcedIds"
  | "username"
  | "userIds"
  | "name"
  | "identifier"
  | "email"
>

function staffMember(fields: StaffFields): Person {
  return { ...fields, enabled: true, phone: "", agentSourcedIds: [], grades: [] }
}
