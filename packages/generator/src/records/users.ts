import type { District } from "../model/district.js"
import { guardianPerson, guardianSourcedIdsOf } from "../model/guardians.js"
import { hashOf, Purposes, seedOf } from "../model/hash.js"
import type { Person } from "../model/person.js"
import type { School } from "../model/schools.js"
import { districtOrgOf, schoolsOf } from "../model/schools.js"
import {
  districtAdministratorAt,
  schoolAdministratorAt,
  teacherAt,
} from "../model/staff.js"
import type { PresentStudent } from "../model/students.js"
import { studentPerson, studentsOn } from "../model/students.js"
import type { CsvRecord } from "./csv-record.js"
import { listOf } from "./csv-record.js"

/**
 * users.csv: the district's administrators, then school by school its administrators,
 * teachers and students present on the district's day, each student followed by the
 * student's guardians.
 */
export function* userRecords(district: District): Generator<CsvRecord<"users.csv">> {
  for (const person of peopleOf(district)) yield userRecordOf(district, person)
}

/** A person's users.csv row; the password is filled only when the options ask. */
export function userRecordOf(district: District, person: Person): CsvRecord<"users.csv"> {
  return {
    status: "",
    dateLastModified: "",
    sourcedId: person.sourcedId,
    enabledUser: String(person.enabled),
    orgSourcedIds: listOf(person.orgSourcedIds),
    role: person.role,
    username: person.username,
    userIds: listOf(person.userIds),
    givenName: person.name.givenName,
    familyName: person.name.familyName,
    middleName: person.name.middleName,
    identifier: person.identifier,
    email: person.email,
    sms: "",
    phone: person.phone,
    agentSourcedIds: listOf(person.agentSourcedIds),
    grades: listOf(person.grades),
    password: district.passwords ? passwordOf(district, person) : "",
  }
}

/** A present student's row and the rows of the student's guardians. */
export function studentAndGuardians(
  district: District,
  school: School,
  student: PresentStudent,
  domain: string,
): Person[] {
  const guardianIds = guardianSourcedIdsOf(district, school.index, student.number)
  const person = studentPerson(district, school, student, guardianIds, domain)
  const guardians = guardianIds.map((_, member) =>
    guardianPerson(district, school, student.number, member, person.name),
  )

  return [person, ...guardians]
}

function* peopleOf(district: District): Generator<Person> {
  const org = districtOrgOf(district)

  for (let index = 0; index < district.districtAdministrators; index += 1) {
    yield districtAdministratorAt(district, org, index)
  }

  for (const school of schoolsOf(district))
    yield* peopleOfSchool(district, school, org.emailDomain)
}

function* peopleOfSchool(
  district: District,
  school: School,
  domain: string,
): Generator<Person> {
  for (let index = 0; index < district.administratorsPerSchool; index += 1) {
    yield schoolAdministratorAt(district, school, index, domain)
  }

  for (let index = 0; index < district.teachersPerSchool; index += 1) {
    yield teacherAt(district, school, index, domain)
  }

  for (const student of studentsOn(district, school, district.day)) {
    yield* studentAndGuardians(district, school, student, domain)
  }
}

// Deterministic like everything else, and long enough to look like a real credential.
function passwordOf(district: District, person: Person): string {
  const key = seedOf(person.sourcedId)
  const first = hashOf(district.seed, Purposes.password, key).toString(36)
  const second = hashOf(district.seed, Purposes.password, key, 1).toString(36)

  return `Pw-${first}-${second}`
}
