import type { ColumnSpec } from "@homeroom/contracts"
import { describe, expect, test } from "vitest"
import { Row } from "../src/bundle/rows/row.js"
import { readDate } from "../src/bundle/values/calendar-date.js"
import { readDateTime } from "../src/bundle/values/date-time.js"

const dateColumn: ColumnSpec = { name: "beginDate", required: "optional", format: "date" }
const dateTimeColumn: ColumnSpec = {
  name: "dateLastModified",
  required: "delta",
  format: "dateTime",
}

/** Reads each value into a fresh row: the normalised value and the codes reported. */
function readAll(reader: (raw: string, row: Row) => string | null, values: string[]) {
  return values.map((value) => {
    const row = new Row(2, { file: "enrollments.csv", positions: new Map() })
    const read = reader(value, row)
    return [value, read, row.problems?.map((problem) => problem.code) ?? []]
  })
}

describe("date formats", () => {
  test("dates must exist in the calendar, leap days included", () => {
    const values = ["2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2024-04-31"]

    expect(readAll(readDate(dateColumn), values)).toEqual([
      ["2024-02-29", "2024-02-29", []],
      ["2023-02-29", null, ["HR_VAL_INVALID_DATE"]],
      ["1900-02-29", null, ["HR_VAL_INVALID_DATE"]],
      ["2000-02-29", "2000-02-29", []],
      ["2024-04-31", null, ["HR_VAL_INVALID_DATE"]],
    ])
  })

  test("dates in other layouts are errors", () => {
    const values = [
      "2024-1-05",
      "05/01/2024",
      "2024-01-05 ",
      "2024-01-05T00:00:00Z",
      "0000-01-01",
    ]

    expect(readAll(readDate(dateColumn), values).map(([, read]) => read)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ])
  })

  test("date-times take seconds, fractions and zones as ISO 8601 writes them", () => {
    const values = [
      "2024-08-26T14:30:00.511Z",
      "2024-08-26T14:30Z",
      "2024-08-26T14:30:00+02:00",
      "2024-08-26T14:30:00-0530",
      "2024-08-26T14:30:59",
    ]

    expect(readAll(readDateTime(dateTimeColumn), values)).toEqual([
      ["2024-08-26T14:30:00.511Z", "2024-08-26T14:30:00.511Z", []],
      ["2024-08-26T14:30Z", "2024-08-26T14:30Z", []],
      ["2024-08-26T14:30:00+02:00", "2024-08-26T14:30:00+02:00", []],
      ["2024-08-26T14:30:00-0530", "2024-08-26T14:30:00-0530", []],
      ["2024-08-26T14:30:59", "2024-08-26T14:30:59Z", ["HR_VAL_DATE_TIME_WITHOUT_ZONE"]],
    ])
  })

  test("date-times out of range or in other layouts are errors", () => {
    const values = [
      "2024-08-26T24:00:00Z",
      "2024-08-26T14:60:00Z",
      "2024-08-26T14:30:60Z",
      "2024-08-26T14:30:00.Z",
      "2024-08-26 14:30:00Z",
      "2024-02-30T10:00:00Z",
      "2024-08-26T14:30:00+02",
      "2024-08-26T14:30:00ZZ",
    ]

    expect(readAll(readDateTime(dateTimeColumn), values).map(([, read]) => read)).toEqual(
      values.map(() => null),
    )
  })
})
