/**
 * An error with a stable code that callers can rely on, and the HTTP status it maps to.
 * Every error a service means to report is one of these; anything else is a bug and is
 * answered as a generic 500.
 */
export class ServiceError extends Error {
  override readonly name = "ServiceError"
  readonly code: string
  readonly statusCode: number

  constructor(code: string, statusCode: number, message: string, options?: ErrorOptions) {
    super(message, options)
    this.code = code
    this.statusCode = statusCode
  }
}

/** One entry of an error catalogue: its HTTP status and how its message reads. */
export interface ErrorDefinition<Args extends unknown[]> {
  readonly statusCode: number
  readonly message: (...args: Args) => string
}

type Factories<Definitions> = {
  [Name in keyof Definitions]: Definitions[Name] extends ErrorDefinition<infer Args>
    ? ((...args: Args) => ServiceError) & { readonly code: string }
    : never
}

/**
 * Builds a service's error catalogue: each entry becomes a factory whose errors carry
 * the code `<prefix>_<name>`. Keeping every code in one object per service is what makes
 * codes stable and easy to document.
 */
export function defineErrors<
  const Definitions extends Record<string, ErrorDefinition<never[]>>,
>(prefix: string, definitions: Definitions): Factories<Definitions> {
  const entries = Object.entries(definitions).map(([name, definition]) => {
    const code = `${prefix}_${name}`
    const factory = (...args: never[]) =>
      new ServiceError(code, definition.statusCode, definition.message(...args))
    return [name, Object.assign(factory, { code })]
  })
  return Object.fromEntries(entries) as Factories<Definitions>
}
