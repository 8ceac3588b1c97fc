import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from "@nats-io/jetstream"
import { connect } from "@nats-io/transport-node"

/** What one import's roster events amounted to on NATS. */
export interface ImportEvents {
  readonly messages: number
  readonly records: number
  /** When the last of them was stored in the stream, epoch milliseconds. */
  readonly lastStoredAt: number
}

/** Counts a district's roster change events per import as they are stored. */
export interface RosterEventCounter {
  /** Resolves once the import's events carry `records` records. */
  readonly waitForRecords: (
    importId: string,
    records: number,
    timeoutMs: number,
  ) => Promise<ImportEvents>
  readonly stop: () => Promise<void>
}

const RecordKey = Buffer.from('"record"')

/**
 * Follows `roster.<district>.>` with an ephemeral consumer, from the stream's next message
 * on (filtering by one subject, which servers before 2.10 require). Each message's
 * import is the first part of its de-duplication id, and its time is the stream's
 * own, so the counts and times do not depend on how quickly this process reads.
 * Records are counted by their `"record"` key instead of parsing each body, so that
 * counting millions of records takes little of the CPU the services are measured on.
 */
export async function countRosterEvents(
  natsUrl: string,
  districtId: string,
): Promise<RosterEventCounter> {
  const connection = await connect({ servers: natsUrl })
  const manager = await jetstreamManager(connection)
  const stream = await manager.streams.info("ROSTER")
  const created = await manager.consumers.add("ROSTER", {
    filter_subject: `roster.${districtId}.>`,
    deliver_policy: DeliverPolicy.StartSequence,
    opt_start_seq: stream.state.last_seq + 1,
    ack_policy: AckPolicy.None,
    inactive_threshold: 60 * 1e9,
  })
  const consumer = await jetstream(connection).consumers.get("ROSTER", created.name)
  const messages = await consumer.consume()
  const byImport = new Map<string, ImportEvents>()

  const reading = (async () => {
    for await (const message of messages) {
      const importId = message.headers?.get("Nats-Msg-Id").split(":")[0] ?? ""
      const seen = byImport.get(importId) ?? { messages: 0, records: 0, lastStoredAt: 0 }
      byImport.set(importId, {
        messages: seen.messages + 1,
        records: seen.records + countRecords(message.data),
        lastStoredAt: Math.max(
          seen.lastStoredAt,
          Number(message.timestampNanos / 1_000_000n),
        ),
      })
    }
  })()

  return {
    async waitForRecords(importId, records, timeoutMs) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const seen = byImport.get(importId) ?? {
          messages: 0,
          records: 0,
          lastStoredAt: 0,
        }
        if (seen.records >= records) return seen
        if (Date.now() > deadline) {
          throw new Error(
            `saw ${seen.records} of ${records} records of import ${importId}`,
          )
        }
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
    async stop() {
      await messages.close()
      await reading
      await connection.close()
    },
  }
}

/**
 * The records of a `roster.changes` body: each is one `"record"` key. Inside a JSON
 * string every quote is escaped, so `"record"` followed by a colon is always a key.
 */
function countRecords(data: Uint8Array): number {
  const body = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  let count = 0
  let position = body.indexOf(RecordKey)
  while (position !== -1) {
    let next = position + RecordKey.length
    while (body[next] === 0x20) next += 1
    if (body[next] === 0x3a) count += 1
    position = body.indexOf(RecordKey, next)
  }
  return count
}
