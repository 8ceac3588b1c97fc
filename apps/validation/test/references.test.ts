import { describe, expect, test } from "vitest"
import { error, warning } from "./support/problems.js"
import { validateFiles } from "./support/run-validation.js"
import { csv, Headers, type TinyChanges, tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

async function validate(changes: TinyChanges) {
  return validateFiles(workspace(), tinyBundle(changes))
}

const unknown = (file: string, column: string, noun: string) =>
  `No row of ${file} has this sourcedId; ${column} must name a ${noun} of the bundle.`
const leftOut = (file: string, noun: string) =>
  `The ${noun} this names has errors in ${file} and was left out, so this row is left out too.`

describe("references", () => {
  test("a reference to a sourcedId no row holds is an error", async () => {
    const { problems } = await validate({
      extraRows: { "enrollments.csv": ["e3,,,c9,s1,u1,teacher,,,"] },
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_UNKNOWN_REFERENCE",
        ["enrollments.csv", 4, "classSourcedId", "c9"],
        unknown("classes.csv", "classSourcedId", "class"),
      ),
    ])
  })

  test("a row left out for an error leaves out the rows that refer to it", async () => {
    const { report, problems, sink } = await validate({
      rows: {
        "users.csv": [
          "u1,,,maybe,s1,teacher,jsmith,,Jane,Smith,,,,,,,,",
          "u2,,,true,s1,student,bjones,,Ben,Jones,,,,,,,,",
        ],
      },
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_INVALID_VOCABULARY",
        ["users.csv", 2, "enabledUser", "maybe"],
        "enabledUser must be one of: true, false.",
      ),
      error(
        "HR_VAL_REFERENCED_ROW_REJECTED",
        ["enrollments.csv", 2, "userSourcedId", "u1"],
        leftOut("users.csv", "user"),
      ),
      warning(
        "HR_VAL_CLASS_WITHOUT_TEACHER",
        ["classes.csv", 2, "sourcedId", "c1"],
        "No teacher enrollment in enrollments.csv names this class; every class should have at least one teacher.",
      ),
    ])
    expect(
      report.files.map((file) => [file.file, file.rowsRead, file.rowsWithErrors]),
    ).toEqual([
      ["academicSessions.csv", 2, 0],
      ["orgs.csv", 2, 0],
      ["users.csv", 2, 1],
      ["classes.csv", 1, 0],
      ["enrollments.csv", 2, 1],
    ])
    expect(sink.text("enrollments")?.trimEnd().split("\n").slice(1)).toEqual([
      "e1,held,,,,,teacher,,,,",
      "e2,active,,c1,s1,u2,student,false,2024-08-01,2024-12-20,",
    ])
  })

  test("errors cascade through several files: org, class, then enrollments", async () => {
    const { problems } = await validate({
      rows: {
        "orgs.csv": ["d1,,,Lakeside District,district,,", "s1,,,Lakeside High,,LHS,d1"],
      },
    })

    expect(problems.map((problem) => [problem.code, problem.file, problem.line])).toEqual(
      [
        ["HR_VAL_REQUIRED_VALUE", "orgs.csv", 3],
        ["HR_VAL_REFERENCED_ROW_REJECTED", "users.csv", 2],
        ["HR_VAL_REFERENCED_ROW_REJECTED", "users.csv", 3],
        ["HR_VAL_REFERENCED_ROW_REJECTED", "users.csv", 4],
        ["HR_VAL_REFERENCED_ROW_REJECTED", "classes.csv", 2],
        ["HR_VAL_REFERENCED_ROW_REJECTED", "enrollments.csv", 2],
        ["HR_VAL_REFERENCED_ROW_REJECTED", "enrollments.csv", 2],
        ["HR_VAL_REFERENCED_ROW_REJECTED", "enrollments.csv", 2],
        ["HR_VAL_REFERENCED_ROW_REJECTED", "enrollments.csv", 3],
        ["HR_VAL_REFERENCED_ROW_REJECTED", "enrollments.csv", 3],
        ["HR_VAL_REFERENCED_ROW_REJECTED", "enrollments.csv", 3],
      ],
    )
  })

  test("a class's school must be an org of type school", async () => {
    const { problems } = await validate({
      rows: {
        "classes.csv": [
          'c1,,,"Algebra I, Section 1",09,course-1,ALG1,scheduled,Room 12,d1,t1,Math,,"1, 3"',
        ],
      },
    })

    expect(problems[0]).toEqual(
      error(
        "HR_VAL_REFERENCE_NOT_SCHOOL",
        ["classes.csv", 2, "schoolSourcedId", "d1"],
        "schoolSourcedId names an org of type district; it must name an org of type school.",
      ),
    )
  })

  test("an enrollment's school must be an org of type school", async () => {
    const { problems } = await validate({
      extraRows: { "enrollments.csv": ["e3,,,c1,d1,u1,teacher,,,"] },
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_REFERENCE_NOT_SCHOOL",
        ["enrollments.csv", 4, "schoolSourcedId", "d1"],
        "schoolSourcedId names an org of type district; it must name an org of type school.",
      ),
    ])
  })

  test("each term of a class must be an academic session", async () => {
    const { problems } = await validate({
      rows: { "classes.csv": ['c1,,,Algebra,09,course-1,ALG1,scheduled,,s1,"t1,t2",,,'] },
    })

    expect(problems[0]).toEqual(
      error(
        "HR_VAL_UNKNOWN_REFERENCE",
        ["classes.csv", 2, "termSourcedIds", "t2"],
        unknown("academicSessions.csv", "termSourcedIds", "academic session"),
      ),
    )
  })

  test("a parent further down the same file is found", async () => {
    const { problems, sink } = await validate({
      rows: {
        "orgs.csv": [
          "s1,,,Lakeside High,school,LHS,d1",
          "d1,,,Lakeside District,district,,",
        ],
      },
    })

    expect(problems).toEqual([])
    expect(sink.text("orgs")).toBe(
      csv(
        "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId,metadata",
        "d1,active,,Lakeside District,district,,,",
        "s1,active,,Lakeside High,school,LHS,d1,",
      ),
    )
  })

  test("a parent no row holds is an error, reported once the file is read", async () => {
    const { problems } = await validate({
      extraRows: {
        "academicSessions.csv": ["t2,,,Spring,term,2025-01-06,2025-06-30,y2024,2025"],
      },
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_UNKNOWN_REFERENCE",
        ["academicSessions.csv", 4, "parentSourcedId", "y2024"],
        unknown("academicSessions.csv", "parentSourcedId", "academic session"),
      ),
    ])
  })

  test("a row waiting for a row further down that has errors is left out", async () => {
    const { problems } = await validate({
      rows: {
        "users.csv": [
          "u1,,,true,s1,teacher,jsmith,,Jane,Smith,,,,,,,,",
          "u2,,,true,s1,student,bjones,,Ben,Jones,,,,,,p1,,",
          "p1,,,true,s1,parent,pjones,,Pat,,,,,,,,,",
        ],
      },
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_REQUIRED_VALUE",
        ["users.csv", 4, "familyName", null],
        "familyName is required on every row; this one is blank.",
      ),
      error(
        "HR_VAL_REFERENCED_ROW_REJECTED",
        ["users.csv", 3, "agentSourcedIds", "p1"],
        leftOut("users.csv", "user"),
      ),
      error(
        "HR_VAL_REFERENCED_ROW_REJECTED",
        ["enrollments.csv", 3, "userSourcedId", "u2"],
        leftOut("users.csv", "user"),
      ),
    ])
  })

  test("a student and a guardian naming each other are both accepted", async () => {
    const { problems, report } = await validate({
      rows: {
        "users.csv": [
          "u1,,,true,s1,teacher,jsmith,,Jane,Smith,,,,,,,,",
          "u2,,,true,s1,student,bjones,,Ben,Jones,,,,,,p1,,",
          "p1,,,true,s1,parent,pjones,,Pat,Jones,,,,,,u2,,",
        ],
      },
    })

    expect(problems).toEqual([])
    expect(report.files[2]).toEqual({
      file: "users.csv",
      rowsRead: 3,
      rowsWithErrors: 0,
      warnings: 0,
    })
  })

  test("a waiting row's warnings are reported once, when it is decided", async () => {
    const { problems, report } = await validate({
      rows: {
        "users.csv": [
          "u1,,,true,s1,teacher,jsmith,,Jane,Smith,,,,,,,,",
          "u2,,,true,s1,Student,bjones,,Ben,Jones,,,,,,p1,,",
          "p1,,,true,s1,parent,pjones,,Pat,Jones,,,,,,,,",
        ],
      },
    })

    expect(problems).toEqual([
      warning(
        "HR_VAL_VOCABULARY_CASE",
        ["users.csv", 3, "role", "Student"],
        '"Student" differs from the specification\'s "student" in letter case; it was read as "student".',
      ),
    ])
    expect(report.files[2]).toEqual({
      file: "users.csv",
      rowsRead: 3,
      rowsWithErrors: 0,
      warnings: 1,
    })
  })

  test("courseSourcedId is kept as given without courses.csv, and checked with it", async () => {
    const courses = csv(Headers.courses, "course-2,,,y2025,Algebra,ALG,09,d1,Math,")

    const { problems } = await validate({ files: { "courses.csv": courses } })

    expect(problems).toEqual([
      error(
        "HR_VAL_UNKNOWN_REFERENCE",
        ["classes.csv", 2, "courseSourcedId", "course-1"],
        unknown("courses.csv", "courseSourcedId", "course"),
      ),
      error(
        "HR_VAL_REFERENCED_ROW_REJECTED",
        ["enrollments.csv", 2, "classSourcedId", "c1"],
        leftOut("classes.csv", "class"),
      ),
      error(
        "HR_VAL_REFERENCED_ROW_REJECTED",
        ["enrollments.csv", 3, "classSourcedId", "c1"],
        leftOut("classes.csv", "class"),
      ),
    ])
  })

  test("courses.csv is read and summarised when the bundle carries it", async () => {
    const courses = csv(Headers.courses, "course-1,,,y2025,Algebra,ALG,09,d1,Math,")

    const { problems, report, sink } = await validate({
      files: { "courses.csv": courses },
    })

    expect(problems).toEqual([])
    expect(report.files.map((file) => file.file)).toEqual([
      "academicSessions.csv",
      "orgs.csv",
      "courses.csv",
      "users.csv",
      "classes.csv",
      "enrollments.csv",
    ])
    expect(sink.opened()).toEqual([
      "academicSessions",
      "orgs",
      "users",
      "classes",
      "enrollments",
    ])
  })

  test("a sourcedId used twice in a file is an error on the later row", async () => {
    const { problems } = await validate({
      extraRows: {
        "users.csv": ["u1,,,true,s1,student,other,,Oli,Other,,,,,,,,"],
        "enrollments.csv": ["e1,,,c1,s1,u2,student,,,"],
      },
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_DUPLICATE_SOURCED_ID",
        ["users.csv", 5, "sourcedId", "u1"],
        "This sourcedId already appears on line 2; each sourcedId must be unique within users.csv.",
      ),
      error(
        "HR_VAL_DUPLICATE_SOURCED_ID",
        ["enrollments.csv", 4, "sourcedId", "e1"],
        "This sourcedId already appears on line 2; each sourcedId must be unique within enrollments.csv.",
      ),
    ])
  })

  test("a start date after the end date is an error", async () => {
    const { problems } = await validate({
      extraRows: {
        "academicSessions.csv": ["t2,,,Spring,term,2025-06-30,2025-01-06,y2025,2025"],
        "enrollments.csv": ["e3,,,c1,s1,u1,teacher,,2024-09-01,2024-09-01"],
      },
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_DATE_ORDER",
        ["academicSessions.csv", 4, "endDate", "2025-01-06"],
        "endDate 2025-01-06 is before startDate 2025-06-30; the end must not come before the start.",
      ),
    ])
  })
})
