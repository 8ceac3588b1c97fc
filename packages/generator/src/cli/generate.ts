import { resolve } from "node:path"
import { parseArgs } from "node:util"
import type { DistrictSize } from "../index.js"
import { DistrictSizes, generateBundle } from "../index.js"

const usage = `Usage: generate [--size tiny|small|medium|large] [--seed N|TEXT] [--day N]
                [--out PATH.zip] [--passwords]

Writes one day's OneRoster 1.1 bulk export of a generated district and prints a JSON
summary. A seed of digits is read as a number, any other seed as text.`

// The workspace's root script forwards its arguments after a "--"; that separator is
// no part of this command's own arguments.
const args = process.argv.slice(2)
if (args[0] === "--") args.shift()

const { values } = parseArgs({
  args,
  options: {
    size: { type: "string", default: "small" },
    seed: { type: "string", default: "1" },
    day: { type: "string", default: "0" },
    out: { type: "string" },
    passwords: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
})

if (values.help) {
  console.log(usage)
  process.exit(0)
}

const size = sizeOf(values.size)
const day = Number(values.day)
const seed = /^[0-9]+$/.test(values.seed) ? Number(values.seed) : values.seed
// pnpm runs scripts in the package's folder; INIT_CWD is where the command was typed.
const path = resolve(
  process.env["INIT_CWD"] ?? process.cwd(),
  values.out ?? `district-${size}-seed${values.seed}-day${day}.zip`,
)
const started = performance.now()

const bundle = await generateBundle(path, {
  size,
  seed,
  day,
  passwords: values.passwords,
}).catch((error: unknown) => {
  if (!(error instanceof RangeError)) throw error

  console.error(`${error.message}\n\n${usage}`)
  process.exit(2)
})
const files = Object.values(bundle.files)

console.log(
  JSON.stringify(
    {
      ...bundle,
      size,
      seed,
      day,
      csvBytes: files.reduce((sum, file) => sum + file.bytes, 0),
      seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    },
    null,
    2,
  ),
)

function sizeOf(text: string): DistrictSize {
  const size = DistrictSizes.find((name) => name === text)
  if (size !== undefined) return size

  console.error(`Unknown size "${text}".\n\n${usage}`)
  process.exit(2)
}
