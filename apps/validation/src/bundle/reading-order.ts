import {
  type ColumnSpec,
  ColumnsByFile,
  FileOfEntity,
  RosterEntities,
  type RosterEntity,
} from "@homeroom/contracts"
import type { ReadFileName } from "./zip/locate-files.js"

/**
 * The order files are read in: each refers only to files before it (or to itself),
 * so every reference can be checked while its file is read.
 */
export const ReadingOrder: readonly ReadFileName[] = [
  "academicSessions.csv",
  "orgs.csv",
  "courses.csv",
  "users.csv",
  "classes.csv",
  "enrollments.csv",
]

/** The columns of a file, as the contracts describe them. */
export function columnsOf(file: ReadFileName): readonly ColumnSpec[] {
  return ColumnsByFile[file]
}

/** Whether rows of other files (or the same file) refer to this file's rows. */
export function isReferenced(file: ReadFileName): boolean {
  return Object.values(ColumnsByFile).some((columns: readonly ColumnSpec[]) =>
    columns.some((column) => column.references === file),
  )
}

/** The kind of record a file holds, for files written to the normalised output. */
export function entityOf(file: ReadFileName): RosterEntity | undefined {
  return RosterEntities.find((entity) => FileOfEntity[entity] === file)
}
