import type { RecordIndex } from "../records/record-index.js"

/** A row that refers to rows further down its own file. */
interface DeferredRow {
  readonly line: number
  readonly sourcedId: string
  readonly awaited: readonly string[]
}

/**
 * Rows of a self-referencing file (parents, agents) that name rows not read yet.
 * They are decided once the whole file is read, then read again on their own, so the
 * file is read once in full whatever the order of its rows.
 */
export class DeferredRows {
  private readonly rows: DeferredRow[] = []
  private cursor = 0

  get size(): number {
    return this.rows.length
  }

  /** Keeps a row back; the ids are copied, so the chunk they came from can be freed. */
  add(line: number, sourcedId: string, awaited: readonly string[]): void {
    this.rows.push({ line, sourcedId: detach(sourcedId), awaited: awaited.map(detach) })
  }

  /**
   * Decides every kept row: accepted unless a row it waits for is unknown or left
   * out. Rows waiting on each other (a student and a guardian naming each other) stand
   * together, so the largest consistent set is accepted: each round leaves out rows
   * whose wait failed, until a round changes nothing.
   */
  settle(index: RecordIndex): void {
    let open = this.rows

    for (let changed = true; changed; ) {
      const remaining = open.filter((row) => {
        if (row.awaited.every((id) => isStanding(index, id))) return true

        index.settle(row.sourcedId, false)
        return false
      })

      changed = remaining.length < open.length
      open = remaining
    }

    for (const row of open) index.settle(row.sourcedId, true)
  }

  /** Whether a line was kept back; lines must be asked about in ascending order. */
  includes(line: number): boolean {
    while ((this.rows[this.cursor]?.line ?? Number.POSITIVE_INFINITY) < line)
      this.cursor += 1

    return this.rows[this.cursor]?.line === line
  }
}

function isStanding(index: RecordIndex, sourcedId: string): boolean {
  const status = index.standing(sourcedId)?.status

  return status === "accepted" || status === "pending"
}

/**
 * Copies a string out of the chunk it was sliced from. V8 keeps a slice pointing into
 * its parent string, so a kept id would otherwise keep its whole chunk of CSV alive;
 * concatenating, then slicing, makes a new short string.
 */
function detach(text: string): string {
  return ` ${text}`.slice(1)
}
