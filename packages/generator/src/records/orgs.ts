import type { District } from "../model/district.js"
import { districtOrgOf, schoolsOf } from "../model/schools.js"
import type { CsvRecord } from "./csv-record.js"

/** orgs.csv: the district, then its schools. */
export function* orgRecords(district: District): Generator<CsvRecord<"orgs.csv">> {
  const org = districtOrgOf(district)

  yield {
    status: "",
    dateLastModified: "",
    sourcedId: org.sourcedId,
    name: org.name,
    type: "district",
    identifier: org.identifier,
    parentSourcedId: "",
  }

  for (const school of schoolsOf(district)) {
    yield {
      status: "",
      dateLastModified: "",
      sourcedId: school.sourcedId,
      name: school.name,
      type: "school",
      identifier: school.identifier,
      parentSourcedId: org.sourcedId,
    }
  }
}
