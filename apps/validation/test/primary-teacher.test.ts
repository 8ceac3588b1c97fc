import { describe, expect, test } from "vitest"
import { error, warning } from "./support/problems.js"
import { validateFiles } from "./support/run-validation.js"
import { type TinyChanges, tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

async function validate(changes: TinyChanges) {
  return validateFiles(workspace(), tinyBundle(changes))
}

const teachers = [
  "u3,,,true,s1,teacher,tgreen,,Tom,Green,,,,,,,,",
  "u4,,,true,s1,teacher,lgray,,Lee,Gray,,,,,,,,",
]

describe("primary teachers", () => {
  test("a second and third primary teacher of a class are errors", async () => {
    const { problems, sink } = await validate({
      extraRows: {
        "users.csv": teachers,
        "enrollments.csv": [
          "e3,,,c1,s1,u3,teacher,true,,",
          "e4,,,c1,s1,u4,teacher,true,,",
        ],
      },
    })

    const message =
      "The class already has a primary teacher (line 2); at most one teacher enrollment of a class may have primary=true."
    expect(problems).toEqual([
      error(
        "HR_VAL_SECOND_PRIMARY_TEACHER",
        ["enrollments.csv", 4, "primary", "true"],
        message,
      ),
      error(
        "HR_VAL_SECOND_PRIMARY_TEACHER",
        ["enrollments.csv", 5, "primary", "true"],
        message,
      ),
    ])
    expect(sink.text("enrollments")?.trimEnd().split("\n").slice(1)).toEqual([
      "e1,active,,c1,s1,u1,teacher,true,,,",
      "e2,active,,c1,s1,u2,student,false,2024-08-01,2024-12-20,",
      "e3,held,,,,,teacher,,,,",
      "e4,held,,,,,teacher,,,,",
    ])
  })

  test("a primary teacher being removed leaves the class's primary free", async () => {
    const { problems } = await validate({
      rows: {
        "enrollments.csv": [
          "e1,tobedeleted,,c1,s1,u1,teacher,true,,",
          "e2,,,c1,s1,u2,student,false,2024-08-01,2024-12-20",
          "e3,,,c1,s1,u3,teacher,true,,",
        ],
      },
      extraRows: { "users.csv": teachers },
    })

    expect(problems).toEqual([])
  })

  test("primary=true on an enrollment that is not a teacher's is a warning", async () => {
    const { report, problems } = await validate({
      rows: {
        "enrollments.csv": [
          "e1,,,c1,s1,u1,teacher,true,,",
          "e2,,,c1,s1,u2,student,true,2024-08-01,2024-12-20",
        ],
      },
    })

    expect(problems).toEqual([
      warning(
        "HR_VAL_PRIMARY_NOT_TEACHER",
        ["enrollments.csv", 3, "primary", "true"],
        "primary=true applies only to teacher enrollments; this enrollment's role is student. It was kept as given.",
      ),
    ])
    expect(report.outcome).toBe("validated")
  })
})
