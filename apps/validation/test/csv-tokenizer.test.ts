import { describe, expect, test } from "vitest"
import type { CsvRecord } from "../src/bundle/csv/csv-record.js"
import { CsvTokenizer } from "../src/bundle/csv/csv-tokenizer.js"
import { FatalProblem } from "../src/bundle/fatal-problem.js"

const limits = { maxRecordLength: 1000, maxFieldLength: 100 }

function tokenize(chunks: readonly string[]): CsvRecord[] {
  const tokenizer = new CsvTokenizer("users.csv", limits)

  return [...chunks.flatMap((chunk) => tokenizer.push(chunk)), ...tokenizer.end()]
}

/** Every way of cutting the text in two, so records are split at every position. */
function everySplit(text: string): string[][] {
  return Array.from({ length: text.length + 1 }, (_, cut) => [
    text.slice(0, cut),
    text.slice(cut),
  ])
}

const tricky =
  'id,name,note\r\n1,"Smith, Jane","said ""hi""\r\nthen left"\r\n2,Ben,\n3,"",x\r4,a"b,"c"'

const expected: CsvRecord[] = [
  { line: 1, fields: ["id", "name", "note"], irregularities: undefined },
  {
    line: 2,
    fields: ["1", "Smith, Jane", 'said "hi"\r\nthen left'],
    irregularities: undefined,
  },
  { line: 4, fields: ["2", "Ben", ""], irregularities: undefined },
  { line: 5, fields: ["3", "", "x"], irregularities: undefined },
  {
    line: 6,
    fields: ["4", 'a"b', "c"],
    irregularities: [{ kind: "strayQuote", field: 1 }],
  },
]

describe("the CSV tokenizer", () => {
  test("reads quoted commas, line breaks and doubled quotes, with editor line numbers", () => {
    expect(tokenize([tricky])).toEqual(expected)
  })

  test("reads the same records wherever the text is cut into chunks", () => {
    for (const chunks of everySplit(tricky)) expect(tokenize(chunks)).toEqual(expected)
  })

  test("reads the same records when fed one character at a time", () => {
    expect(tokenize([...tricky])).toEqual(expected)
  })

  test("counts a lone CR as a line break, inside quotes too", () => {
    expect(tokenize(['a,"x\ry"\rb,c\r'])).toEqual([
      { line: 1, fields: ["a", "x\ry"], irregularities: undefined },
      { line: 3, fields: ["b", "c"], irregularities: undefined },
    ])
  })

  test("notes text after a closing quote and keeps it", () => {
    expect(tokenize(['a,"b"c,d\n'])).toEqual([
      {
        line: 1,
        fields: ["a", "bc", "d"],
        irregularities: [{ kind: "textAfterQuote", field: 1 }],
      },
    ])
  })

  test("reads an empty line as one empty field", () => {
    expect(tokenize(["a\n\nb\n"])).toEqual([
      { line: 1, fields: ["a"], irregularities: undefined },
      { line: 2, fields: [""], irregularities: undefined },
      { line: 3, fields: ["b"], irregularities: undefined },
    ])
  })

  test("rejects a quote that is never closed, naming the line it opened on", () => {
    const failure = captureFatal(() => tokenize(['a,b\nc,"open\nd,e\n']))

    expect(failure?.problems).toEqual([
      {
        severity: "error",
        code: "HR_VAL_UNCLOSED_QUOTE",
        file: "users.csv",
        line: 2,
        column: null,
        value: null,
        message:
          'A quoted field starting on line 2 is never closed; end it with a double quote, and write a quote inside a field as "".',
      },
    ])
  })

  test("rejects a record longer than the limit while it is still arriving", () => {
    const tokenizer = new CsvTokenizer("users.csv", {
      maxRecordLength: 10,
      maxFieldLength: 10,
    })
    tokenizer.push("a,b\n")

    const failure = captureFatal(() => tokenizer.push('"0123456789012'))
    expect(failure?.problems.map((problem) => [problem.code, problem.line])).toEqual([
      ["HR_VAL_LINE_TOO_LONG", 2],
    ])
  })

  test("rejects a field longer than the limit", () => {
    const failure = captureFatal(() => tokenize([`a,${"x".repeat(101)}\n`]))

    expect(failure?.problems).toEqual([
      {
        severity: "error",
        code: "HR_VAL_FIELD_TOO_LONG",
        file: "users.csv",
        line: 1,
        column: null,
        value: null,
        message:
          "A field is longer than 100 characters; fields this long usually come from a quote that is never closed.",
      },
    ])
  })
})

function captureFatal(run: () => unknown): FatalProblem | undefined {
  try {
    run()
    return undefined
  } catch (error) {
    if (error instanceof FatalProblem) return error
    throw error
  }
}
