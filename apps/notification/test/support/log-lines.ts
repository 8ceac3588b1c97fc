import type { LogCapture } from "@homeroom/testing"

/** A log line reduced to what a test asserts: level, message and error code. */
export interface LogSummary {
  readonly level: string
  readonly msg: unknown
  readonly code: unknown
}

const LevelNames: Record<number, string> = { 30: "info", 40: "warn", 50: "error" }

/** The lines a copy logged about one import, in order. */
export function linesAbout(logs: LogCapture, importId: string): LogSummary[] {
  return logs.lines.filter((line) => line["importId"] === importId).map(summarise)
}

/** The lines a copy logged with a given message, in order. */
export function linesSaying(logs: LogCapture, message: string): LogSummary[] {
  return logs.lines.filter((line) => line["msg"] === message).map(summarise)
}

function summarise(line: Record<string, unknown>): LogSummary {
  const error = line["err"] as { code?: unknown } | undefined
  return {
    level: LevelNames[Number(line["level"])] ?? String(line["level"]),
    msg: line["msg"],
    code: line["code"] ?? error?.code,
  }
}
