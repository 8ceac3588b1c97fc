import { SourcedIdTable } from "./sourced-id-table.js"

/** What the index knows about a sourcedId, once a row with it was read. */
export type RecordStanding =
  | { readonly status: "accepted"; readonly kind: number }
  | { readonly status: "rejected" }
  | { readonly status: "pending" }
  | undefined

const rejected = 0
const accepted = 1
const pending = 2

/** Vocabularies that give kinds (org types, session types, roles) hold at most eight. */
const maxKinds = 8

// Standings are shared constants: looking one up allocates nothing, which matters at
// three lookups for each of millions of enrollments.
const acceptedStandings = Array.from({ length: maxKinds }, (_, kind) => {
  return Object.freeze({ status: "accepted", kind } as const)
})
const rejectedStanding = Object.freeze({ status: "rejected" } as const)
const pendingStanding = Object.freeze({ status: "pending" } as const)

/**
 * The sourcedIds of one file: the line each first appears on, the state of that row
 * (rejected until accepted, or pending while it waits for rows further down), and its
 * kind (the position of its org type, session type or role in the vocabulary). The
 * facts are packed into one entry, `line * 32 + kind * 4 + state`, which keeps lines
 * below 2^27, far more than any file has.
 */
export class RecordIndex {
  private readonly table = new SourcedIdTable()
  private lastLookup = ""
  private lastEntry = 0

  /**
   * Notes that a row on `line` holds `sourcedId`; returns the line of the first row
   * that held it, which is `line` itself the first time.
   */
  register(sourcedId: string, line: number): number {
    const entry = this.lookUp(sourcedId)
    if (entry !== 0) return lineOf(entry)

    this.store(sourcedId, line * 32 + rejected)
    return line
  }

  /** The line of the first row that held the sourcedId; 0 when no row did. */
  firstLine(sourcedId: string): number {
    return lineOf(this.lookUp(sourcedId))
  }

  /** Marks the row that first held the sourcedId as accepted, of the given kind. */
  accept(sourcedId: string, kind: number): void {
    this.setState(sourcedId, kind, accepted)
  }

  /** Marks the row as waiting for rows further down the file. */
  defer(sourcedId: string, kind: number): void {
    this.setState(sourcedId, kind, pending)
  }

  /** Ends a pending row's wait: accepted, or left out after all. */
  settle(sourcedId: string, isAccepted: boolean): void {
    const entry = this.lookUp(sourcedId)
    if (entry !== 0)
      this.store(sourcedId, entry - (entry % 4) + (isAccepted ? accepted : rejected))
  }

  /** Whether a sourcedId is known, and what became of its row. */
  standing(sourcedId: string): RecordStanding {
    const entry = this.lookUp(sourcedId)
    if (entry === 0) return undefined

    const state = entry % 4
    if (state === rejected) return rejectedStanding
    if (state === pending) return pendingStanding
    return acceptedStandings[Math.floor((entry % 32) / 4)]
  }

  private setState(sourcedId: string, kind: number, state: number): void {
    const entry = this.lookUp(sourcedId)
    if (entry !== 0) this.store(sourcedId, lineOf(entry) * 32 + kind * 4 + state)
  }

  /**
   * Rows come grouped (one school's classes, one student's enrollments), so the same
   * id is often asked for again and again; comparing it with the last one asked for is
   * cheaper than hashing it.
   */
  private lookUp(sourcedId: string): number {
    if (sourcedId !== this.lastLookup) {
      this.lastLookup = sourcedId
      this.lastEntry = this.table.get(sourcedId)
    }

    return this.lastEntry
  }

  private store(sourcedId: string, entry: number): void {
    this.table.set(sourcedId, entry)
    if (sourcedId === this.lastLookup) this.lastEntry = entry
  }
}

function lineOf(entry: number): number {
  return Math.floor(entry / 32)
}
