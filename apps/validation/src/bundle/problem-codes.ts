import type { ProblemSeverity } from "@homeroom/contracts"

/** How a kind of problem is treated: its severity, and whether it rejects the import. */
export interface ProblemKind {
  readonly severity: ProblemSeverity
  /** A fatal problem rejects the whole import; nothing more of the bundle is read. */
  readonly fatal: boolean
  /** What the code means, for documentation and support. */
  readonly meaning: string
}

function fatal(meaning: string): ProblemKind {
  return { severity: "error", fatal: true, meaning }
}

function rowError(meaning: string): ProblemKind {
  return { severity: "error", fatal: false, meaning }
}

function warning(meaning: string): ProblemKind {
  return { severity: "warning", fatal: false, meaning }
}

/**
 * Every problem validation reports, by stable code. A code never changes meaning; new
 * kinds of problem get new codes.
 */
export const ProblemCatalogue = {
  HR_VAL_NOT_A_ZIP: fatal("The upload is not a readable zip archive."),
  HR_VAL_EMPTY_ZIP: fatal("The zip archive holds no files."),
  HR_VAL_UNSAFE_PATH: fatal("An entry's path is absolute or climbs out of its folder."),
  HR_VAL_DUPLICATE_FILE: fatal("The same file appears more than once in the zip."),
  HR_VAL_FILE_MISSING: fatal("One of the five required files is missing."),
  HR_VAL_FILES_SCATTERED: fatal("The required files are not together in one folder."),
  HR_VAL_ZIP_BOMB: fatal("A file expands far beyond what any real district exports."),
  HR_VAL_UNSUPPORTED_ENTRY: fatal(
    "A file is encrypted or compressed in an unsupported way.",
  ),
  HR_VAL_CORRUPT_ENTRY: fatal("A file inside the zip cannot be decompressed."),
  HR_VAL_NOT_UTF8: fatal("A file is not UTF-8 text."),
  HR_VAL_EMPTY_FILE: fatal("A file has no header row."),
  HR_VAL_HEADER_MISMATCH: fatal("A header is missing, adds or reorders columns."),
  HR_VAL_UNCLOSED_QUOTE: fatal("A quoted field is never closed."),
  HR_VAL_LINE_TOO_LONG: fatal("A record is longer than the limit."),
  HR_VAL_FIELD_TOO_LONG: fatal("A field is longer than the limit."),
  HR_VAL_REQUIRED_FILE_EMPTY: fatal("One of the five required files holds no data rows."),

  HR_VAL_FIELD_COUNT: rowError("A row does not have one field per header column."),
  HR_VAL_CSV_SYNTAX: rowError("Text follows the closing quote of a quoted field."),
  HR_VAL_REQUIRED_VALUE: rowError("A required value is blank."),
  HR_VAL_INVALID_SOURCED_ID: rowError("A sourcedId or reference is not a valid GUID."),
  HR_VAL_INVALID_VOCABULARY: rowError("A value is not in the column's vocabulary."),
  HR_VAL_INVALID_GRADE: rowError("A grade is not a CEDS grade code."),
  HR_VAL_INVALID_DATE: rowError("A date is not a real calendar date written YYYY-MM-DD."),
  HR_VAL_INVALID_DATE_TIME: rowError("A date-time is not ISO 8601."),
  HR_VAL_INVALID_YEAR: rowError("A year is not written YYYY."),
  HR_VAL_INVALID_USER_ID: rowError("A userIds item is not written {type:id}."),
  HR_VAL_DUPLICATE_SOURCED_ID: rowError("A sourcedId appears twice in one file."),
  HR_VAL_UNKNOWN_REFERENCE: rowError("A reference names a sourcedId no row holds."),
  HR_VAL_REFERENCED_ROW_REJECTED: rowError("A reference names a row that has errors."),
  HR_VAL_REFERENCE_NOT_SCHOOL: rowError(
    "A schoolSourcedId names an org that is no school.",
  ),
  HR_VAL_DATE_ORDER: rowError("An end date is before its start date."),
  HR_VAL_PARENT_CYCLE: rowError(
    "An org's or academic session's parents lead back to it.",
  ),
  HR_VAL_SECOND_PRIMARY_TEACHER: rowError("A class has more than one primary teacher."),
  HR_VAL_SUBJECT_CODES_COUNT: rowError(
    "subjects and subjectCodes are both given with different numbers of items.",
  ),

  HR_VAL_FILE_IGNORED: warning("A file in the zip is not read."),
  HR_VAL_UNKNOWN_FILE: warning("A file in the zip is not a file of a OneRoster bundle."),
  HR_VAL_MANIFEST_HEADER: warning(
    "The header of manifest.csv is not propertyName,value.",
  ),
  HR_VAL_MANIFEST_PROPERTY: warning("A manifest row is not a known manifest property."),
  HR_VAL_MANIFEST_VERSION: warning(
    "manifest.version is not 1.0, or oneroster.version not 1.1 or 1.2.",
  ),
  HR_VAL_MANIFEST_FILE_MODE: warning(
    "A manifest file.* value is not absent, bulk or delta.",
  ),
  HR_VAL_MANIFEST_FILE_MISMATCH: warning(
    "The manifest declares a file absent that the zip holds, or present that it lacks.",
  ),
  HR_VAL_DELTA_READ_AS_BULK: warning(
    "The manifest declares a delta file, which is read as a full export.",
  ),
  HR_VAL_HEADER_CASE: warning("A header name differs from the specification in case."),
  HR_VAL_NO_DATA_ROWS: warning("A file holds a header and no rows."),
  HR_VAL_BLANK_LINE: warning("A blank line was skipped."),
  HR_VAL_STRAY_QUOTE: warning("A double quote sits inside an unquoted field."),
  HR_VAL_VOCABULARY_CASE: warning(
    "A vocabulary value differs in case and was normalised.",
  ),
  HR_VAL_LEGACY_STATUS: warning("The legacy status inactive was read as tobedeleted."),
  HR_VAL_EMPTY_LIST_ITEM: warning("A list holds an empty item, which was dropped."),
  HR_VAL_DATE_TIME_WITHOUT_ZONE: warning(
    "A date-time has no time zone and was read as UTC.",
  ),
  HR_VAL_PRIMARY_NOT_TEACHER: warning(
    "primary=true is set on an enrollment not a teacher's.",
  ),
  HR_VAL_CLASS_WITHOUT_TEACHER: warning("A class has no teacher enrollment."),
  HR_VAL_ENROLLMENT_ROLE_MISMATCH: warning(
    "An enrollment's role is student and the user's is not, or the other way round.",
  ),
  HR_VAL_TOO_MANY_PROBLEMS: warning("More problems were found than are listed."),
} as const satisfies Record<string, ProblemKind>

/** A stable problem code. */
export type ProblemCode = keyof typeof ProblemCatalogue
