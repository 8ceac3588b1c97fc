/** The number written by `count` digits from `start`; -1 if any is not a digit. */
export function digitsAt(text: string, start: number, count: number): number {
  if (start + count > text.length) return -1
  let value = 0

  for (let position = start; position < start + count; position += 1) {
    const digit = text.charCodeAt(position) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }

  return value
}

/** How many digits follow `start`, at most `limit`. */
export function countDigits(text: string, start: number, limit: number): number {
  let count = 0

  while (count < limit && digitsAt(text, start + count, 1) !== -1) count += 1
  return count
}
