import { describe, expect, it } from "vitest"
import {
  ClassColumns,
  ClassTypes,
  EnrollmentColumns,
  EnrollmentRoles,
  GradeCodes,
  OrgColumns,
  OrgTypes,
  RecordStatuses,
  SessionTypes,
  UserColumns,
  UserRoles,
} from "../src/index.js"

describe("OneRoster vocabularies", () => {
  it("pins every enumeration of OneRoster 1.1", () => {
    expect({
      status: RecordStatuses,
      orgType: OrgTypes,
      sessionType: SessionTypes,
      userRole: UserRoles,
      enrollmentRole: EnrollmentRoles,
      classType: ClassTypes,
      grades: GradeCodes,
    }).toEqual({
      status: ["active", "tobedeleted"],
      orgType: ["national", "state", "local", "district", "school", "department"],
      sessionType: ["gradingPeriod", "semester", "schoolYear", "term"],
      userRole: [
        "administrator",
        "aide",
        "guardian",
        "parent",
        "proctor",
        "relative",
        "student",
        "teacher",
      ],
      enrollmentRole: ["administrator", "proctor", "student", "teacher"],
      classType: ["homeroom", "scheduled"],
      grades: [
        "IT",
        "PR",
        "PK",
        "TK",
        "KG",
        "01",
        "02",
        "03",
        "04",
        "05",
        "06",
        "07",
        "08",
        "09",
        "10",
        "11",
        "12",
        "13",
        "PS",
        "UG",
        "Other",
      ],
    })
  })

  it("attaches each vocabulary to its column", () => {
    const vocabularyOf = (
      columns: readonly { name: string; vocabulary?: readonly string[] }[],
      name: string,
    ) => columns.find((column) => column.name === name)?.vocabulary
    expect({
      orgType: vocabularyOf(OrgColumns, "type"),
      userRole: vocabularyOf(UserColumns, "role"),
      enrollmentRole: vocabularyOf(EnrollmentColumns, "role"),
      classType: vocabularyOf(ClassColumns, "classType"),
      primary: vocabularyOf(EnrollmentColumns, "primary"),
    }).toEqual({
      orgType: OrgTypes,
      userRole: UserRoles,
      enrollmentRole: EnrollmentRoles,
      classType: ClassTypes,
      primary: ["true", "false"],
    })
  })
})
