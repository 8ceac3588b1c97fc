import type { Problem } from "@homeroom/contracts"
import type { ZipFile } from "yauzl"
import type { CsvLimits, CsvRecord } from "../csv/csv-record.js"
import { readCsv } from "../csv/read-csv.js"
import type { FileTally } from "../file-tally.js"
import { createProblem } from "../problem.js"
import type { ClassTeaching } from "../records/class-teaching.js"
import { openEntry } from "../zip/open-entry.js"
import type { ZipEntry } from "../zip/open-zip.js"

/** What reporting the classes left without a teacher needs. */
export interface UntaughtClassesSetup {
  readonly zip: ZipFile
  /** classes.csv, read again to name the classes. */
  readonly classes: ZipEntry
  readonly teaching: ClassTeaching
  /** The tally of classes.csv, where the warnings belong. */
  readonly tally: FileTally
  readonly limits: CsvLimits
  readonly deliverProblems: () => Promise<void>
}

/**
 * Warns on each accepted, active class that no accepted teacher enrollment names.
 * Only the lines of the classes are kept while enrollments are read, so classes.csv is
 * read again to give each warning its sourcedId; that happens only when some class
 * has no teacher, and the reading stops after the last such class.
 */
export async function reportUntaughtClasses(setup: UntaughtClassesSetup): Promise<void> {
  const lines = setup.teaching.untaughtLines()
  if (lines.length === 0) return

  const stream = await openEntry(setup.zip, setup.classes, "classes.csv")
  let next = 0

  for await (const records of readCsv(stream, "classes.csv", setup.limits)) {
    for (const record of records) {
      if (record.line === lines[next]) {
        setup.tally.report(untaught(record))
        next += 1
      }
    }

    await setup.deliverProblems()
    if (next === lines.length) return
  }
}

function untaught(record: CsvRecord): Problem {
  const place = {
    file: "classes.csv",
    line: record.line,
    column: "sourcedId",
    value: record.fields[0] ?? null,
  }
  const message =
    "No teacher enrollment in enrollments.csv names this class; every class should " +
    "have at least one teacher."

  return createProblem("HR_VAL_CLASS_WITHOUT_TEACHER", place, message)
}
