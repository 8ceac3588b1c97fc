/**
 * How one environment variable is read: its default, and how its text becomes a value.
 * `parse` throws an `Error` whose message says what was expected.
 */
export interface Variable<Value> {
  readonly description: string
  readonly defaultValue?: string
  readonly secret?: boolean
  readonly parse: (text: string) => Value
}

interface VariableOptions {
  readonly description: string
  readonly default?: string
  /** The value is never echoed back in configuration errors. */
  readonly secret?: boolean
}

function variable<Value>(options: VariableOptions, parse: (text: string) => Value) {
  return {
    description: options.description,
    defaultValue: options.default,
    secret: options.secret,
    parse,
  } satisfies Variable<Value>
}

/** A TCP port, 0 to 65535 (0 asks the system for a free one). */
export function port(options: VariableOptions): Variable<number> {
  return variable(options, (text) => {
    const value = Number(text)
    if (!/^\d+$/.test(text) || value > 65535)
      throw new Error("expected a port, 0 to 65535")
    return value
  })
}

/** A whole number within bounds. */
export function integer(
  options: VariableOptions & { min?: number; max?: number },
): Variable<number> {
  const min = options.min ?? Number.MIN_SAFE_INTEGER
  const max = options.max ?? Number.MAX_SAFE_INTEGER
  return variable(options, (text) => {
    const value = Number(text)
    if (!/^-?\d+$/.test(text) || value < min || value > max) {
      throw new Error(`expected a whole number from ${min} to ${max}`)
    }
    return value
  })
}

/** A URL whose scheme is one of `protocols`, such as `postgres:`. */
export function url(
  options: VariableOptions & { protocols: string[] },
): Variable<string> {
  const expected = `expected a URL starting with ${options.protocols
    .map((protocol) => `${protocol}//`)
    .join(" or ")}`
  return variable(options, (text) => {
    if (!URL.canParse(text) || !options.protocols.includes(new URL(text).protocol)) {
      throw new Error(expected)
    }
    return text
  })
}

/** One of a fixed set of words. */
export function oneOf<const Word extends string>(
  options: VariableOptions & { values: readonly Word[] },
): Variable<Word> {
  return variable(options, (text) => {
    if (!options.values.includes(text as Word)) {
      throw new Error(`expected one of ${options.values.join(", ")}`)
    }
    return text as Word
  })
}

/** Free text that must not be empty. */
export function text(options: VariableOptions): Variable<string> {
  return variable(options, (value) => {
    if (value.trim() === "") throw new Error("expected a value")
    return value
  })
}
