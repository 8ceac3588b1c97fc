import type { Threshold } from "@homeroom/contracts"
import { saveImportSettings } from "@homeroom/records"
import type { JsonAnswer } from "./http.js"
import type { RosterFixture, TestDistrict } from "./roster-fixture.js"

/** Saves a district's thresholds, as an administrator would over REST. */
export async function setThresholds(
  fixture: RosterFixture,
  district: TestDistrict,
  thresholds: Threshold[],
) {
  await saveImportSettings(
    fixture.database(),
    district.districtId,
    { processing: "onArrival", recipients: [], thresholds },
    district.administrator.tokenId,
  )
}

/** POSTs a decision on an import with a bearer token. */
export async function decide(
  fixture: RosterFixture,
  importId: string,
  decision: string,
  token: string,
): Promise<JsonAnswer> {
  const response = await fetch(`${fixture.url()}/v1/imports/${importId}/decision`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ decision }),
  })
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
  }
}
