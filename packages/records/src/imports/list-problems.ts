import type { Problem, ProblemSeverity } from "@homeroom/contracts"
import type { Database } from "@homeroom/service-kit"
import { and, asc, eq, gt, type SQL } from "drizzle-orm"
import { importProblems } from "../schema/import-problems.js"

/** Which of an import's problems to list. */
export interface ProblemFilter {
  readonly file?: string
  readonly severity?: ProblemSeverity
  readonly code?: string
}

/** A page of an import's problems, in the order validation found them. */
export interface ProblemPage {
  readonly items: Problem[]
  /** Pass back as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null
}

const problemColumns = {
  position: importProblems.position,
  severity: importProblems.severity,
  code: importProblems.code,
  file: importProblems.file,
  line: importProblems.line,
  column: importProblems.column,
  value: importProblems.value,
  message: importProblems.message,
}

/** Lists an import's problems a page at a time. The caller checks the district. */
export async function listProblems(
  database: Database,
  importId: string,
  options: ProblemFilter & { limit: number; after?: number },
): Promise<ProblemPage> {
  const rows = await database
    .select(problemColumns)
    .from(importProblems)
    .where(problemConditions(importId, options, options.after))
    .orderBy(asc(importProblems.position))
    .limit(options.limit + 1)

  const page = rows.slice(0, options.limit)
  const last = page.at(-1)
  const nextCursor = rows.length > options.limit && last ? `${last.position}` : null
  return { items: page.map(toProblem), nextCursor }
}

/**
 * Streams every problem that matches, in batches, so a report of a hundred thousand
 * problems is written out without being held in memory.
 */
export async function* streamProblems(
  database: Database,
  importId: string,
  filter: ProblemFilter,
): AsyncGenerator<Problem> {
  let after = -1
  for (;;) {
    const page = await listProblems(database, importId, { ...filter, limit: 1000, after })
    yield* page.items
    if (page.nextCursor === null) return
    after = Number(page.nextCursor)
  }
}

function problemConditions(importId: string, filter: ProblemFilter, after?: number) {
  const conditions: SQL[] = [eq(importProblems.importId, importId)]
  if (filter.file) conditions.push(eq(importProblems.file, filter.file))
  if (filter.severity) conditions.push(eq(importProblems.severity, filter.severity))
  if (filter.code) conditions.push(eq(importProblems.code, filter.code))
  if (after !== undefined) conditions.push(gt(importProblems.position, after))
  return and(...conditions)
}

function toProblem(row: Problem & { position: number }): Problem {
  const { position: _position, ...problem } = row
  return problem
}
