import type { District } from "./district.js"
import { hashOf, Purposes } from "./hash.js"
import { loginOf } from "./names.js"
import type { SchoolLevel } from "./school-levels.js"
import { SchoolLevels } from "./school-levels.js"
import { SourcedIds } from "./sourced-ids.js"

const PlaceNames = [
  "Maple Grove",
  "Cedar Hills",
  "Lincoln",
  "Riverside",
  "Oak Park",
  "Willow Creek",
  "Franklin",
  "Lakeview",
  "Pine Ridge",
  "Hillcrest",
  "Jefferson",
  "Sunnyvale",
  "Fairview",
  "Brookside",
  "Madison",
  "Highland",
  "Washington",
  "Meadowbrook",
  "Kennedy",
  "Westwood",
  "Eastgate",
  "Northfield",
  "Southport",
  "Valley View",
  "Roosevelt",
  "Harbor Point",
  "Aspen",
  "Greenfield",
  "Stonebridge",
  "Mountain View",
  "Clearwater",
  "Silver Lake",
] as const

/** The district org at the top of the bundle. */
export interface DistrictOrg {
  readonly sourcedId: string
  readonly name: string
  /** NCES-style identifier. */
  readonly identifier: string
  /** The domain of staff and student email addresses. */
  readonly emailDomain: string
}

/** One school of the district. */
export interface School {
  /** The school's index, from 0. */
  readonly index: number
  readonly sourcedId: string
  readonly name: string
  readonly identifier: string
  readonly level: SchoolLevel
}

/** The district org, named after a place drawn from the seed. */
export function districtOrgOf(district: District): DistrictOrg {
  const place = placeAt(hashOf(district.seed, Purposes.districtName))

  return {
    sourcedId: SourcedIds.district(),
    name: `${place} Unified School District`,
    identifier: districtIdentifierOf(district),
    emailDomain: `${loginOf(place)}.example.org`,
  }
}

/** School `index` (from 0): its level cycles elementary, middle, high. */
export function schoolAt(district: District, index: number): School {
  const level = SchoolLevels[index % SchoolLevels.length] as SchoolLevel
  const offset = hashOf(district.seed, Purposes.schoolName)
  const round = Math.floor(index / PlaceNames.length)
  const suffix = round === 0 ? "" : ` No. ${round + 1}`

  return {
    index,
    sourcedId: SourcedIds.school(index),
    name: `${placeAt(offset + index)} ${level.name} School${suffix}`,
    identifier: `${districtIdentifierOf(district)}${String(index + 1).padStart(5, "0")}`,
    level,
  }
}

/** Every school of the district, in order. */
export function schoolsOf(district: District): School[] {
  return Array.from({ length: district.schools }, (_, index) => schoolAt(district, index))
}

function placeAt(draw: number): string {
  return PlaceNames[draw % PlaceNames.length] as string
}

function districtIdentifierOf(district: District): string {
  return `06${String(district.seed % 100_000).padStart(5, "0")}`
}
