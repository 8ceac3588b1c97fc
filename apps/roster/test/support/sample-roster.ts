import type { NormalisedFiles, NormalisedRow } from "./normalised-csv.js"

/** `dateLastModified` of every sample row. */
export const Modified = "2026-08-01T09:30:00.000Z"

const active = { status: "active", dateLastModified: Modified }

function teacher(
  sourcedId: string,
  givenName: string,
  familyName: string,
): NormalisedRow {
  return {
    ...active,
    sourcedId,
    enabledUser: "true",
    orgSourcedIds: "org-north,org-south",
    role: "teacher",
    username: sourcedId,
    givenName,
    familyName,
    email: `${sourcedId}@district.example`,
  }
}

function student(sourcedId: string, school: string, grade: string): NormalisedRow {
  return {
    ...active,
    sourcedId,
    enabledUser: "true",
    orgSourcedIds: school,
    role: "student",
    username: sourcedId,
    userIds: `{SIS:${sourcedId}}`,
    givenName: `Given ${sourcedId}`,
    familyName: `Family ${sourcedId}`,
    grades: grade,
  }
}

function enrollment(
  sourcedId: string,
  classSourcedId: string,
  userSourcedId: string,
  role: string,
  primary?: string,
): NormalisedRow {
  const school = classSourcedId === "class-art" ? "org-south" : "org-north"
  return {
    ...active,
    sourcedId,
    classSourcedId,
    schoolSourcedId: school,
    userSourcedId,
    role,
    ...(primary ? { primary } : {}),
    beginDate: "2026-08-15",
    endDate: "2027-06-15",
  }
}

/**
 * A small district: two schools, a school year with two terms, four teachers whose
 * names test alphabetical order ("de Vries" sorts before "Diaz" alphabetically, after it
 * in byte order), four students, an administrator and a guardian, two classes.
 */
export const DayOne: NormalisedFiles = {
  orgs: [
    { ...active, sourcedId: "org-district", name: "Lakeside District", type: "district" },
    {
      ...active,
      sourcedId: "org-north",
      name: "North School",
      type: "school",
      identifier: "NCES-1",
      parentSourcedId: "org-district",
    },
    {
      ...active,
      sourcedId: "org-south",
      name: "South School",
      type: "school",
      parentSourcedId: "org-district",
      metadata: { "metadata.region": "south" },
    },
  ],
  academicSessions: [
    {
      ...active,
      sourcedId: "session-2027",
      title: "2026-2027",
      type: "schoolYear",
      startDate: "2026-08-01",
      endDate: "2027-07-01",
      schoolYear: "2027",
    },
    {
      ...active,
      sourcedId: "session-fall",
      title: "Fall",
      type: "term",
      startDate: "2026-08-01",
      endDate: "2027-01-01",
      parentSourcedId: "session-2027",
      schoolYear: "2027",
    },
    {
      ...active,
      sourcedId: "session-spring",
      title: "Spring",
      type: "term",
      startDate: "2027-01-01",
      endDate: "2027-07-01",
      parentSourcedId: "session-2027",
      schoolYear: "2027",
    },
  ],
  users: [
    { ...teacher("teacher-okafor", "Chidi", "Okafor") },
    { ...teacher("teacher-devries", "Anna", "de Vries") },
    { ...teacher("teacher-diaz-bea", "Bea", "Diaz") },
    { ...teacher("teacher-diaz-al", "Al", "Diaz") },
    { ...student("student-1", "org-north", "05"), agentSourcedIds: "guardian-1" },
    student("student-2", "org-north", "05"),
    student("student-3", "org-south", "06"),
    student("student-4", "org-south", "06"),
    {
      ...active,
      sourcedId: "admin-1",
      enabledUser: "false",
      orgSourcedIds: "org-district",
      role: "administrator",
      username: "admin-1",
      givenName: "Ida",
      familyName: "Admin",
    },
    {
      ...active,
      sourcedId: "guardian-1",
      enabledUser: "true",
      orgSourcedIds: "org-north",
      role: "guardian",
      username: "guardian-1",
      givenName: "Gus",
      familyName: "Guardian",
      phone: "555-0100",
    },
  ],
  classes: [
    {
      ...active,
      sourcedId: "class-math",
      title: "Math 5",
      grades: "05",
      courseSourcedId: "course-math",
      classCode: "M5",
      classType: "scheduled",
      location: "Room 1",
      schoolSourcedId: "org-north",
      termSourcedIds: "session-fall,session-spring",
      subjects: "Mathematics",
      subjectCodes: "MA",
      periods: "1,3",
    },
    {
      ...active,
      sourcedId: "class-art",
      title: "Art 6",
      grades: "06",
      courseSourcedId: "course-art",
      classType: "scheduled",
      schoolSourcedId: "org-south",
      termSourcedIds: "session-fall",
    },
  ],
  enrollments: [
    enrollment("enr-math-okafor", "class-math", "teacher-okafor", "teacher", "true"),
    enrollment("enr-math-devries", "class-math", "teacher-devries", "teacher", "false"),
    enrollment("enr-math-diaz-bea", "class-math", "teacher-diaz-bea", "teacher"),
    enrollment("enr-math-diaz-al", "class-math", "teacher-diaz-al", "teacher", "false"),
    enrollment("enr-math-admin", "class-math", "admin-1", "administrator"),
    enrollment("enr-math-1", "class-math", "student-1", "student"),
    enrollment("enr-math-2", "class-math", "student-2", "student"),
    enrollment("enr-art-okafor", "class-art", "teacher-okafor", "teacher", "true"),
    enrollment("enr-art-3", "class-art", "student-3", "student"),
    enrollment("enr-art-4", "class-art", "student-4", "student"),
  ],
}

/** A copy of a file's rows with some rows replaced, removed or added. */
export function editRows(
  rows: readonly NormalisedRow[],
  edit: {
    readonly change?: Readonly<Record<string, NormalisedRow>>
    readonly drop?: readonly string[]
    readonly add?: readonly NormalisedRow[]
  },
): NormalisedRow[] {
  const kept = rows
    .filter((row) => !edit.drop?.includes(String(row["sourcedId"])))
    .map((row) => ({ ...row, ...edit.change?.[String(row["sourcedId"])] }))
  return [...kept, ...(edit.add ?? [])]
}
