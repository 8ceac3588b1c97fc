import { resolve } from "node:path"
import { parseArgs } from "node:util"
import { type DistrictSize, DistrictSizes } from "@homeroom/generator"

/** The command line of `pnpm bench`, checked. */
export interface CommandOptions {
  readonly sizes: DistrictSize[]
  readonly durationSeconds: number
  readonly connections: number
  readonly outDirectory: string
  readonly profile: boolean
}

/** Usage of `pnpm bench`. */
export const Usage = `Usage: pnpm bench [--sizes tiny,small,medium,large] [--duration 10]
                  [--connections 10] [--out bench-results] [--profile]

Measures imports of generated districts against Postgres's COPY floor and the read
routes against a bare server, and writes JSON and Markdown results into --out.
--profile adds CPU profiles of validation and roster and logs statements over 200 ms.`

/** Reads the command line; throws a RangeError naming what is wrong. */
export function parseCommandOptions(
  args: readonly string[],
  workingDirectory: string,
): CommandOptions {
  const { values } = parseArgs({
    args: args[0] === "--" ? args.slice(1) : [...args],
    options: {
      sizes: { type: "string", default: DistrictSizes.join(",") },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
      out: { type: "string", default: "bench-results" },
      profile: { type: "boolean", default: false },
    },
  })
  return {
    sizes: values.sizes.split(",").map(sizeOf),
    durationSeconds: positiveNumber("--duration", values.duration),
    connections: positiveNumber("--connections", values.connections),
    outDirectory: resolve(workingDirectory, values.out),
    profile: values.profile,
  }
}

function sizeOf(text: string): DistrictSize {
  const size = DistrictSizes.find((name) => name === text.trim())
  if (!size) throw new RangeError(`unknown size "${text}"`)
  return size
}

function positiveNumber(name: string, text: string): number {
  const value = Number(text)
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive number`)
  }
  return value
}
