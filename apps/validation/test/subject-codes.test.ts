import { describe, expect, test } from "vitest"
import { error, warning } from "./support/problems.js"
import { validateFiles } from "./support/run-validation.js"
import { csv, Headers, tinyBundle } from "./support/tiny-bundle.js"
import { useWorkspace } from "./support/zip-bundle.js"

const workspace = useWorkspace()

describe("subjects and subject codes", () => {
  test("different numbers of subjects and codes are an error, in classes and courses", async () => {
    const courses = csv(
      Headers.courses,
      'course-1,,,y2025,Algebra,ALG,09,d1,"Math, Science","MA,SC"',
      'course-2,,,y2025,Geometry,GEO,09,d1,"Math,Science","MA,SC,EN"',
    )
    const { problems } = await validateFiles(
      workspace(),
      tinyBundle({
        files: { "courses.csv": courses },
        extraRows: {
          "classes.csv": [
            'c2,,,Geometry,09,course-1,GEO,scheduled,,s1,t1,Math,"MA,SC",',
            "c3,,,Art,09,course-1,ART,scheduled,,s1,t1,Art,,",
          ],
        },
      }),
    )

    expect(problems).toEqual([
      error(
        "HR_VAL_SUBJECT_CODES_COUNT",
        ["courses.csv", 3, "subjectCodes", "MA,SC,EN"],
        "subjects lists 2 items and subjectCodes 3; when both are given, each subject needs its code, in the same order.",
      ),
      error(
        "HR_VAL_SUBJECT_CODES_COUNT",
        ["classes.csv", 3, "subjectCodes", "MA,SC"],
        "subjects lists 1 item and subjectCodes 2; when both are given, each subject needs its code, in the same order.",
      ),
      warning(
        "HR_VAL_CLASS_WITHOUT_TEACHER",
        ["classes.csv", 4, "sourcedId", "c3"],
        "No teacher enrollment in enrollments.csv names this class; every class should have at least one teacher.",
      ),
    ])
  })
})
