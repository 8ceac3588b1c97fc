import { createInterface } from "node:readline"
import { stripVTControlCharacters } from "node:util"
import { formatLine } from "../output.mjs"

/**
 * Copies a process's output to ours line by line, each under the process's name. Colour
 * codes are removed because several processes share one stream and it is often a file.
 */
export function prefixLines(stream, name) {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })

  lines.on("line", (line) => {
    process.stdout.write(`${formatLine(name, stripVTControlCharacters(line))}\n`)
  })
}
