import { ColumnsByFile, RequiredFiles } from "@homeroom/contracts"
import { describe, expect, test } from "vitest"
import { generateAndRead } from "./support/generated.js"
import { tableIn } from "./support/read-bundle.js"
import { temporaryFolder } from "./support/temporary-folder.js"

const folder = await temporaryFolder()

describe("bundle layout", () => {
  test("the zip holds exactly the five required files, at its root", async () => {
    const { tables } = await generateAndRead(folder, { size: "tiny" })

    expect([...tables.keys()]).toEqual([...RequiredFiles])
  })

  test("every file's header row is the contracts' columns, in order", async () => {
    const { tables } = await generateAndRead(folder, { size: "small", seed: 2 })

    for (const file of RequiredFiles) {
      const expected = ColumnsByFile[file].map((column) => column.name)
      expect({ file, headers: tableIn(tables, file).headers }).toEqual({
        file,
        headers: expected,
      })
    }
  })

  test("lines end in CRLF and no file is empty of data", async () => {
    const { tables } = await generateAndRead(folder, { size: "tiny", seed: 4 })

    for (const file of RequiredFiles) {
      const table = tableIn(tables, file)
      expect(table.text.endsWith("\r\n")).toBe(true)
      expect(table.text.replaceAll("\r\n", "").includes("\n")).toBe(false)
      expect(table.rows.length).toBeGreaterThan(0)
    }
  })
})
