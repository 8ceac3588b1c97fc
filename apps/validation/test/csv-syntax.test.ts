import { describe, expect, test } from "vitest"
import { error, warning } from "./support/problems.js"
import { validateFiles } from "./support/run-validation.js"
import { csv, Headers, TinyRows, tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

const userRows = TinyRows["users.csv"]

async function validateUsers(content: string | Buffer) {
  return validateFiles(workspace(), tinyBundle({ files: { "users.csv": content } }))
}

describe("CSV syntax", () => {
  test("a byte order mark, CRLF line ends and no final line break are accepted", async () => {
    const plain = await validateUsers(csv(Headers.users, ...userRows))
    const windows = await validateUsers(
      `\uFEFF${[Headers.users, ...userRows].join("\r\n")}`,
    )

    expect(windows.problems).toEqual([])
    expect(windows.report).toEqual(plain.report)
    expect(windows.sink.text("users")).toBe(plain.sink.text("users"))
  })

  test("line numbers count the lines of quoted fields, as an editor does", async () => {
    const { problems } = await validateUsers(
      csv(
        Headers.users,
        'u1,,,true,s1,teacher,jsmith,,Jane,Smith,"Mary\nAnn\nLou",,,,,,,',
        "u2,,,true,s1,pupil,bjones,,Ben,Jones,,,,,,,,",
      ),
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_INVALID_VOCABULARY",
        ["users.csv", 5, "role", "pupil"],
        "role must be one of: administrator, aide, guardian, parent, proctor, relative, student, teacher.",
      ),
      error(
        "HR_VAL_REFERENCED_ROW_REJECTED",
        ["enrollments.csv", 3, "userSourcedId", "u2"],
        "The user this names has errors in users.csv and was left out, so this row is left out too.",
      ),
    ])
  })

  test("quoted commas, line breaks and doubled quotes are read into the value", async () => {
    const { problems, sink } = await validateUsers(
      csv(
        Headers.users,
        'u1,,,true,s1,teacher,jsmith,,Jane,"Smith, ""JJ""","Mary\r\nAnn",,,,,,,',
        "u2,,,true,s1,student,bjones,,Ben,Jones,,,,,,,,",
      ),
    )

    expect(problems).toEqual([])
    expect(sink.text("users")).toBe(
      csv(
        "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds," +
          "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,metadata",
        'u1,active,,true,s1,teacher,jsmith,,Jane,"Smith, ""JJ""","Mary\r\nAnn",,,,,,,',
        "u2,active,,true,s1,student,bjones,,Ben,Jones,,,,,,,,",
      ),
    )
  })

  test("a row with the wrong number of fields is an error and is left out", async () => {
    const { report, problems } = await validateUsers(
      csv(Headers.users, "u1,,,true,s1,teacher,jsmith,,Jane,Smith", ...userRows.slice(1)),
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_FIELD_COUNT",
        ["users.csv", 2, null, null],
        "The row has 10 fields and the header 18; every row needs one field per header column. Quote values that hold commas.",
      ),
      error(
        "HR_VAL_UNKNOWN_REFERENCE",
        ["enrollments.csv", 2, "userSourcedId", "u1"],
        "No row of users.csv has this sourcedId; userSourcedId must name a user of the bundle.",
      ),
      warning(
        "HR_VAL_CLASS_WITHOUT_TEACHER",
        ["classes.csv", 2, "sourcedId", "c1"],
        "No teacher enrollment in enrollments.csv names this class; every class should have at least one teacher.",
      ),
    ])
    expect(report.files[2]).toEqual({
      file: "users.csv",
      rowsRead: 3,
      rowsWithErrors: 1,
      warnings: 0,
    })
  })

  test("a quote inside an unquoted field is kept, with a warning", async () => {
    const { problems, sink } = await validateUsers(
      csv(
        Headers.users,
        'u1,,,true,s1,teacher,jsmith,,Jane,O"Neil,,,,,,,,',
        ...userRows.slice(1),
      ),
    )

    expect(problems).toEqual([
      warning(
        "HR_VAL_STRAY_QUOTE",
        ["users.csv", 2, "familyName", 'O"Neil'],
        'The field holds a double quote but is not quoted; it was read as written. Quote such fields and write each quote inside them as "".',
      ),
    ])
    expect(sink.text("users")?.split("\n")[1]).toBe(
      'u1,active,,true,s1,teacher,jsmith,,Jane,"O""Neil",,,,,,,,',
    )
  })

  test("text after a closing quote is an error", async () => {
    const { problems } = await validateUsers(
      csv(
        Headers.users,
        'u1,,,true,s1,teacher,jsmith,,"Jane" Ann,Smith,,,,,,,,',
        ...userRows.slice(1),
      ),
    )

    expect(problems[0]).toEqual(
      error(
        "HR_VAL_CSV_SYNTAX",
        ["users.csv", 2, "givenName", "Jane Ann"],
        'Text follows the closing quote of a quoted field; a quoted field must end at its closing quote. Write a quote inside a field as "".',
      ),
    )
  })

  test("a stray quote in the password column never shows the password", async () => {
    const { problems } = await validateUsers(
      csv(
        Headers.users,
        'u1,,,true,s1,teacher,jsmith,,Jane,Smith,,,,,,,,se"cret',
        ...userRows.slice(1),
      ),
    )

    expect(problems).toEqual([
      warning(
        "HR_VAL_STRAY_QUOTE",
        ["users.csv", 2, "password", null],
        'The field holds a double quote but is not quoted; it was read as written. Quote such fields and write each quote inside them as "".',
      ),
    ])
  })

  test("a blank line is skipped with a warning and not counted as a row", async () => {
    const { report, problems } = await validateUsers(
      csv(Headers.users, userRows[0] ?? "", "", ...userRows.slice(1)),
    )

    expect(problems).toEqual([
      warning(
        "HR_VAL_BLANK_LINE",
        ["users.csv", 3, null, null],
        "The line is blank; it was skipped.",
      ),
    ])
    expect(report.files[2]).toEqual({
      file: "users.csv",
      rowsRead: 3,
      rowsWithErrors: 0,
      warnings: 1,
    })
  })

  test("bytes that are not UTF-8 reject the import, naming the line", async () => {
    const latin1 = Buffer.from(
      csv(
        Headers.users,
        ...userRows.slice(0, 2),
        "x1,,,true,s1,student,jose,,José,Ruiz,,,,,,,,",
      ),
      "latin1",
    )

    const { report, problems } = await validateUsers(latin1)

    const message =
      "users.csv is not UTF-8 text: line 4 holds bytes that are not valid UTF-8; export or save the file as UTF-8."
    expect(problems).toEqual([
      error("HR_VAL_NOT_UTF8", ["users.csv", 4, null, null], message),
    ])
    expect(report).toMatchObject({
      outcome: "rejected",
      rejection: { code: "HR_VAL_NOT_UTF8", message },
    })
  })

  test("a quote that is never closed rejects the import", async () => {
    const { report, problems } = await validateUsers(
      csv(Headers.users, ...userRows.slice(0, 1), 'u2,,,true,s1,student,"bjones,,Ben'),
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_UNCLOSED_QUOTE",
        ["users.csv", 3, null, null],
        'A quoted field starting on line 3 is never closed; end it with a double quote, and write a quote inside a field as "".',
      ),
    ])
    expect(report.outcome).toBe("rejected")
  })

  test("a record longer than the limit rejects the import", async () => {
    const { problems } = await validateFiles(workspace(), tinyBundle(), {
      maxLineBytes: 60,
    })

    expect(problems).toEqual([
      error(
        "HR_VAL_LINE_TOO_LONG",
        ["academicSessions.csv", 1, null, null],
        "The record starting on line 1 is longer than 60 characters; records this long usually come from a quote that is never closed.",
      ),
    ])
  })
})
