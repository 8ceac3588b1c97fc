import { isIsoDateAt } from "./calendar-date.js"
import { countDigits, digitsAt } from "./digits.js"
import type { ValueReaderFactory } from "./value-reader.js"

/** How a text reads as an ISO 8601 date-time. */
type DateTimeReading = "valid" | "withoutZone" | "invalid"

const letterT = 84
const colon = 58
const period = 46

/**
 * Reads `YYYY-MM-DDTHH:MM[:SS[.fraction]][Z|±HH[:]MM]` character by character, since
 * delta exports carry one on every row, millions of them.
 */
function readIsoDateTime(text: string): DateTimeReading {
  if (text.charCodeAt(10) !== letterT || !isIsoDateAt(text, 0)) return "invalid"
  if (!isClockAt(text, 11)) return "invalid"

  const zoneStart = afterSeconds(text, 16)
  if (zoneStart === -1) return "invalid"
  if (zoneStart === text.length) return "withoutZone"

  return isZoneAt(text, zoneStart) ? "valid" : "invalid"
}

/** Whether `HH:MM` from `start` is a time of day. */
function isClockAt(text: string, start: number): boolean {
  if (text.charCodeAt(start + 2) !== colon) return false

  const hour = digitsAt(text, start, 2)
  const minute = digitsAt(text, start + 3, 2)
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59
}

/** Where optional `:SS` and `.fraction` from `start` end; -1 when malformed. */
function afterSeconds(text: string, start: number): number {
  if (text.charCodeAt(start) !== colon) return start

  const second = digitsAt(text, start + 1, 2)
  if (second < 0 || second > 59) return -1
  if (text.charCodeAt(start + 3) !== period) return start + 3

  const fractionDigits = countDigits(text, start + 4, 9)
  return fractionDigits === 0 ? -1 : start + 4 + fractionDigits
}

/** Whether the text ends, from `start`, in `Z` or an offset `±HH:MM` / `±HHMM`. */
function isZoneAt(text: string, start: number): boolean {
  const sign = text[start]
  if (sign === "Z") return text.length === start + 1
  if (sign !== "+" && sign !== "-") return false

  const hours = digitsAt(text, start + 1, 2)
  const minutesStart = text.charCodeAt(start + 3) === colon ? start + 4 : start + 3
  const minutes = digitsAt(text, minutesStart, 2)
  return hours >= 0 && minutes >= 0 && text.length === minutesStart + 2
}

/**
 * Reads an ISO 8601 date-time. OneRoster writes them in UTC; one without a zone is
 * read as UTC, with a warning, and `Z` is added so the database cannot read it in
 * another zone.
 */
export const readDateTime: ValueReaderFactory = (column) => {
  const expected =
    `${column.name} must be an ISO 8601 date-time in UTC, ` +
    "such as 2024-08-26T14:30:00Z."
  const withoutZone =
    `${column.name} has no time zone; it was read as UTC. Add Z, or an offset such as ` +
    "+02:00."

  return (raw, row) => {
    const reading = readIsoDateTime(raw)
    if (reading === "valid") return raw

    if (reading === "withoutZone") {
      row.report("HR_VAL_DATE_TIME_WITHOUT_ZONE", column.name, raw, withoutZone)
      return `${raw}Z`
    }

    row.report("HR_VAL_INVALID_DATE_TIME", column.name, raw, expected)
    return null
  }
}
