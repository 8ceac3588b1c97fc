import { Writable } from "node:stream"

/** A log destination that keeps each JSON line, parsed, for assertions. */
export interface LogCapture {
  readonly destination: Writable
  readonly lines: Array<Record<string, unknown>>
}

/** Captures a pino logger's output in memory. */
export function captureLogs(): LogCapture {
  const lines: Array<Record<string, unknown>> = []
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split("\n")) {
        if (line.trim() !== "") lines.push(JSON.parse(line) as Record<string, unknown>)
      }
      callback()
    },
  })
  return { destination, lines }
}
