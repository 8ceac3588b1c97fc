import { KitErrors } from "../errors/kit-errors.js"
import type { Variable } from "./variables.js"

/** A set of variables, by environment variable name. */
export type ConfigSpec = Record<string, Variable<unknown>>

/** The values read for a spec. */
export type ConfigOf<Spec extends ConfigSpec> = {
  readonly [Name in keyof Spec]: Spec[Name] extends Variable<infer Value> ? Value : never
}

/**
 * Reads every variable of the spec from the environment, once, at start-up. All
 * problems are collected and reported together, so an operator fixes them in one go.
 * This is the only place that reads `process.env`.
 */
export function readConfig<Spec extends ConfigSpec>(
  spec: Spec,
  environment: Record<string, string | undefined> = process.env,
): ConfigOf<Spec> {
  const problems: string[] = []
  const values: Record<string, unknown> = {}

  for (const [name, definition] of Object.entries(spec)) {
    const text = environment[name] ?? definition.defaultValue
    if (text === undefined || text === "") {
      problems.push(`${name} is missing: ${definition.description}`)
      continue
    }
    try {
      values[name] = definition.parse(text)
    } catch (error) {
      problems.push(describeProblem(name, text, definition, error))
    }
  }

  if (problems.length > 0) throw KitErrors.CONFIG_INVALID(problems)
  return Object.freeze(values) as ConfigOf<Spec>
}

function describeProblem(
  name: string,
  text: string,
  definition: Variable<unknown>,
  error: unknown,
): string {
  const expected = error instanceof Error ? error.message : "an invalid value"
  const shown = definition.secret ? "(hidden)" : JSON.stringify(text)
  return `${name} is ${shown}: ${expected}`
}
