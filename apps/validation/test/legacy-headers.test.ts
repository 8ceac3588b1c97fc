import { describe, expect, test } from "vitest"
import { error } from "./support/problems.js"
import { validateFiles } from "./support/run-validation.js"
import { csv, Headers, tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

const expects = (header: string) =>
  `This looks like a OneRoster 1.0 header; OneRoster 1.1 expects: ${header} (letter case aside), optionally followed by metadata.* columns.`

describe("OneRoster 1.0 headers", () => {
  test.each([
    {
      file: "users.csv",
      header:
        "sourcedId,status,dateLastModified,orgSourcedIds,role,username,userId,givenName,familyName,identifier,email,sms,phone,agents",
      place: ["enabledUser", "orgSourcedIds"],
      finding: 'The column "enabledUser" is missing.',
      expected: Headers.users,
    },
    {
      file: "classes.csv",
      header:
        "sourcedId,status,dateLastModified,title,grade,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedId,subjects,subjectCodes,periods",
      place: ["grade", "grade"],
      finding: 'Column 5, "grade", is not a column of classes.csv.',
      expected: Headers.classes,
    },
    {
      file: "academicSessions.csv",
      header:
        "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId",
      place: ["schoolYear", null],
      finding: "The header ends early; missing: schoolYear.",
      expected: Headers.academicSessions,
    },
    {
      file: "enrollments.csv",
      header:
        "sourcedId,classSourcedId,schoolSourcedId,userSourcedId,role,status,dateLastModified,primary",
      place: ["classSourcedId", "classSourcedId"],
      finding: 'Column 2, "classSourcedId", is out of order.',
      expected: Headers.enrollments,
    },
  ] as const)("a 1.0 header of $file is named as such", async (example) => {
    const { problems } = await validateFiles(
      workspace(),
      tinyBundle({ files: { [example.file]: csv(example.header) } }),
    )

    const [column, value] = example.place
    expect(problems).toEqual([
      error(
        "HR_VAL_HEADER_MISMATCH",
        [example.file, 1, column, value],
        `${example.finding} ${expects(example.expected)}`,
      ),
    ])
  })
})
