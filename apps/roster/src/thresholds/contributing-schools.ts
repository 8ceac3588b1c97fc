import {
  type ChangeKind,
  type ContributingSchool,
  changesMeasured,
  type ThresholdReached,
} from "@homeroom/contracts"
import type { TransactionSql } from "postgres"
import { stagingTable } from "../apply/staging-tables.js"
import type { ReachedFigure } from "./evaluate-thresholds.js"

/** How many schools a reached threshold names. */
const NamedSchools = 3

/**
 * Adds to each reached threshold the schools whose records make up most of its figure,
 * read from the change set just kept. Errors are not tied to schools, so an error
 * threshold names none.
 */
export async function withContributingSchools(
  sql: TransactionSql,
  scope: { districtId: string; importId: string },
  reached: readonly ReachedFigure[],
): Promise<ThresholdReached[]> {
  const described: ThresholdReached[] = []
  for (const figure of reached) {
    const changes = changesMeasured(figure.threshold.measure)
    const schools =
      changes.length === 0
        ? []
        : await largestSchools(sql, scope, figure.threshold.kind, changes)
    described.push({ ...figure, schools })
  }
  return described
}

function largestSchools(
  sql: TransactionSql,
  scope: { districtId: string; importId: string },
  kind: string,
  changes: readonly ChangeKind[],
): Promise<ContributingSchool[]> {
  return sql.unsafe<ContributingSchool[]>(
    `select counted.school as "sourcedId",
      coalesce(
        (select name from ${stagingTable("orgs")} where "sourcedId" = counted.school),
        (select name from orgs where district_id = $4 and sourced_id = counted.school)
      ) as name,
      counted.count
    from (
      select school, count(*)::int as count
      from import_changes, unnest(schools) as school
      where import_id = $1 and kind = $2 and change = any($3::text[])
      group by school
      order by count(*) desc, school
      limit ${NamedSchools}
    ) counted
    order by counted.count desc, counted.school`,
    [scope.importId, kind, [...changes], scope.districtId],
  )
}
