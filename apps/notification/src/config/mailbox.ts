import type { Variable } from "@homeroom/service-kit"
import addressparser from "nodemailer/lib/addressparser"

/** One sender: a display name (may be empty) and an address. */
export interface Mailbox {
  readonly name: string
  readonly address: string
}

/** A single mailbox, such as `Homeroom <imports@homeroom.local>`. */
export function mailbox(options: {
  readonly description: string
  readonly default?: string
}): Variable<Mailbox> {
  return {
    description: options.description,
    defaultValue: options.default,
    parse: parseMailbox,
  }
}

function parseMailbox(text: string): Mailbox {
  const parsed = addressparser(text, { flatten: true })
  const [first] = parsed
  if (
    parsed.length !== 1 ||
    !first?.address ||
    !/^[^@\s]+@[^@\s]+$/.test(first.address)
  ) {
    throw new Error("expected one address, such as Homeroom <imports@example.org>")
  }
  return { name: first.name, address: first.address }
}
