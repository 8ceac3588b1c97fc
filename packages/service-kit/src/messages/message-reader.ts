import type { TSchema } from "typebox"
import { Compile } from "typebox/compile"
import { KitErrors } from "../errors/kit-errors.js"

/** Reads a message body against its JSON Schema and returns it typed. */
export interface MessageReader<Message> {
  readonly read: (subject: string, body: Uint8Array) => Message
}

const decoder = new TextDecoder()

/**
 * Compiles a contract schema once, so every message received is checked against the
 * schema its sender promised before any handler sees it.
 */
export function createMessageReader<Message>(schema: TSchema): MessageReader<Message> {
  const validator = Compile(schema)

  return {
    read(subject, body) {
      let value: unknown
      try {
        value = JSON.parse(decoder.decode(body))
      } catch {
        throw KitErrors.MESSAGE_INVALID(subject, "the body is not JSON")
      }
      if (!validator.Check(value)) {
        const first = [...validator.Errors(value)][0]
        const where = first?.instancePath || "/"
        throw KitErrors.MESSAGE_INVALID(
          subject,
          `${where} ${first?.message ?? "is invalid"}`,
        )
      }
      return value as Message
    },
  }
}
