import { describe, expect, test } from "vitest"
import { validateFiles } from "./support/run-validation.js"
import { csv, tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

describe("a valid bundle", () => {
  test("is validated with every row written to the normalised files", async () => {
    const { report, problems, sink } = await validateFiles(workspace(), tinyBundle())

    expect(problems).toEqual([])
    expect(report).toEqual({
      outcome: "validated",
      files: [
        { file: "academicSessions.csv", rowsRead: 2, rowsWithErrors: 0, warnings: 0 },
        { file: "orgs.csv", rowsRead: 2, rowsWithErrors: 0, warnings: 0 },
        { file: "users.csv", rowsRead: 3, rowsWithErrors: 0, warnings: 0 },
        { file: "classes.csv", rowsRead: 1, rowsWithErrors: 0, warnings: 0 },
        { file: "enrollments.csv", rowsRead: 2, rowsWithErrors: 0, warnings: 0 },
      ],
      logicalFiles: [
        { kind: "orgs", rowsRead: 2, rowsWithErrors: 0, warnings: 0 },
        { kind: "academicSessions", rowsRead: 2, rowsWithErrors: 0, warnings: 0 },
        { kind: "users", rowsRead: 3, rowsWithErrors: 0, warnings: 0 },
        { kind: "classes", rowsRead: 1, rowsWithErrors: 0, warnings: 0 },
        { kind: "teacherEnrollments", rowsRead: 1, rowsWithErrors: 0, warnings: 0 },
        { kind: "studentEnrollments", rowsRead: 1, rowsWithErrors: 0, warnings: 0 },
      ],
      errorCount: 0,
      warningCount: 0,
    })
    expect(sink.text("academicSessions")).toBe(
      csv(
        "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear,metadata",
        "y2025,active,,2024-2025,schoolYear,2024-08-01,2025-06-30,,2025,",
        "t1,active,,Fall,term,2024-08-01,2024-12-20,y2025,2025,",
      ),
    )
    expect(sink.text("orgs")).toBe(
      csv(
        "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId,metadata",
        "d1,active,,Lakeside District,district,,,",
        "s1,active,,Lakeside High,school,LHS,d1,",
      ),
    )
    expect(sink.text("users")).toBe(
      csv(
        "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds," +
          "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,metadata",
        "u1,active,,true,s1,teacher,jsmith,{LDAP:jsmith},Jane,Smith,,T1,jsmith@lakeside.example,,,,,",
        "p1,active,,true,s1,parent,pjones,,Pat,Jones,,,,,,,,",
        // u2 names p1, further down, as its agent: it is decided and written last.
        "u2,active,,true,s1,student,bjones,,Ben,Jones,,S1,,,,p1,09,",
      ),
    )
    expect(sink.text("classes")).toBe(
      csv(
        "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType," +
          "location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods,metadata",
        'c1,active,,"Algebra I, Section 1",09,course-1,ALG1,scheduled,Room 12,s1,t1,Math,,"1,3",',
      ),
    )
    expect(sink.text("enrollments")).toBe(
      csv(
        "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role," +
          "primary,beginDate,endDate,metadata",
        "e1,active,,c1,s1,u1,teacher,true,,,",
        "e2,active,,c1,s1,u2,student,false,2024-08-01,2024-12-20,",
      ),
    )
  })
})
