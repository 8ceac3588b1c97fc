/** A message ready to publish: its subject, its id (the de-duplication id) and body. */
export interface OutgoingMessage {
  readonly subject: string
  readonly id: string
  readonly body: string
}

interface ChangesBody {
  readonly id: string
  readonly data: { readonly records?: unknown[] }
}

/**
 * Splits a `roster.changes` message larger than the server accepts into halves, and
 * those into halves again as needed. The parts' ids extend the original's (`…:3.1`,
 * `…:3.2`), and the split depends only on the message and the limit, so a retry
 * publishes the same parts under the same ids. A message holding a single record is
 * returned as it is, whatever its size.
 */
export function splitOversized(
  message: OutgoingMessage,
  limit: number,
): OutgoingMessage[] {
  if (Buffer.byteLength(message.body) <= limit) return [message]

  const parsed = JSON.parse(message.body) as ChangesBody
  const records = parsed.data.records
  if (!Array.isArray(records) || records.length < 2) return [message]

  const middle = Math.ceil(records.length / 2)
  return [records.slice(0, middle), records.slice(middle)].flatMap((part, index) => {
    const id = `${parsed.id}.${index + 1}`
    const body = JSON.stringify({
      ...parsed,
      id,
      data: { ...parsed.data, records: part },
    })
    return splitOversized({ subject: message.subject, id, body }, limit)
  })
}
