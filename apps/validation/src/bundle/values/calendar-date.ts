import { digitsAt } from "./digits.js"
import type { ValueReaderFactory } from "./value-reader.js"

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Whether the year, month and day name a day that exists (Gregorian calendar). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false

  const days = month === 2 && isLeapYear(year) ? 29 : (daysInMonth[month - 1] ?? 0)
  return day <= days
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

const hyphen = 45

/**
 * Whether the ten characters from `start` are a real date written `YYYY-MM-DD`. Read
 * digit by digit rather than with a regular expression: enrollments hold millions.
 */
export function isIsoDateAt(text: string, start: number): boolean {
  if (text.charCodeAt(start + 4) !== hyphen || text.charCodeAt(start + 7) !== hyphen) {
    return false
  }

  const year = digitsAt(text, start, 4)
  const month = digitsAt(text, start + 5, 2)
  const day = digitsAt(text, start + 8, 2)
  return year >= 0 && month >= 0 && day >= 0 && isCalendarDate(year, month, day)
}

/** Reads a date written `YYYY-MM-DD`. */
export const readDate: ValueReaderFactory = (column) => {
  const expected = `${column.name} must be a real date written YYYY-MM-DD, such as 2024-08-26.`

  return (raw, row) => {
    if (raw.length === 10 && isIsoDateAt(raw, 0)) return raw

    row.report("HR_VAL_INVALID_DATE", column.name, raw, expected)
    return null
  }
}
