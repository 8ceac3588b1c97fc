import { isDeepStrictEqual } from "node:util"
import type { BenchPlatform } from "../platform/bench-platform.js"
import type { LoadFigures, ReadResult, ReadRoute } from "../report/result.js"
import { startFloorProcess } from "./floor-process.js"
import { loadRoute } from "./load-route.js"
import { classDetailPlan, type RequestPlan, userListPlan } from "./request-plans.js"

/** How the read path is loaded. */
export interface ReadLoadOptions {
  readonly durationSeconds: number
  readonly connections: number
}

const SampledClasses = 1000

/**
 * Loads the roster's class detail and user list routes, then the floor server's same
 * routes, one after the other with nothing else running, over the roster as the
 * imports left it.
 */
export async function runReadPath(
  platform: BenchPlatform,
  options: ReadLoadOptions,
): Promise<ReadResult[]> {
  const { district } = platform
  const classIds = await sampleClassIds(platform)
  const plans: Record<ReadRoute, RequestPlan> = {
    classDetail: classDetailPlan(classIds),
    userList: userListPlan(),
  }
  const floor = await startFloorProcess(platform.databaseUrl, district.districtId)
  try {
    const firstClass = `/v1/classes/${encodeURIComponent(classIds[0] ?? "")}`
    for (const path of [firstClass, "/v1/users?limit=100"]) {
      await checkSameAnswers(platform, floor.url, path)
    }
    const results: ReadResult[] = []
    for (const route of ["classDetail", "userList"] as const) {
      const roster = await loadRoute({
        ...options,
        url: platform.services.roster.url,
        headers: { authorization: `Bearer ${district.readerToken}` },
        plan: plans[route],
      })
      const floorFigures = await loadRoute({
        ...options,
        url: floor.url,
        headers: {},
        plan: plans[route],
      })
      results.push(readResult(route, roster, floorFigures))
    }
    return results
  } finally {
    await floor.stop()
  }
}

/** A floor that answered differently would not be a floor for the same work. */
async function checkSameAnswers(platform: BenchPlatform, floorUrl: string, path: string) {
  const answers = await Promise.all([
    fetch(`${platform.services.roster.url}${path}`, {
      headers: { authorization: `Bearer ${platform.district.readerToken}` },
    }).then((response) => response.json()),
    fetch(`${floorUrl}${path}`).then((response) => response.json()),
  ])
  if (!isDeepStrictEqual(answers[0], answers[1])) {
    throw new Error(`the floor server's answer to ${path} differs from the roster's`)
  }
}

function readResult(
  route: ReadRoute,
  roster: LoadFigures,
  floor: LoadFigures,
): ReadResult {
  return {
    route,
    roster,
    floor,
    throughputRatio:
      Math.round((roster.requestsPerSecond / floor.requestsPerSecond) * 100) / 100,
  }
}

/** Active classes of the district in a fixed pseudo-random order. */
async function sampleClassIds(platform: BenchPlatform): Promise<string[]> {
  const rows = await platform.database.$client<{ sourcedId: string }[]>`
    select sourced_id as "sourcedId" from classes
    where district_id = ${platform.district.districtId} and status = 'active'
    order by md5(sourced_id)
    limit ${SampledClasses}`
  return rows.map((row) => row.sourcedId)
}
