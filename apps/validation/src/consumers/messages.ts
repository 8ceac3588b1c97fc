import {
  type FileSummary,
  type ImportValidated,
  ObjectNames,
  RosterEntities,
  type RosterEntity,
} from "@homeroom/contracts"

/** `imports.validated` for an import whose normalised files are stored. */
export function validatedMessage(
  districtId: string,
  importId: string,
  files: FileSummary[],
): ImportValidated {
  const normalisedFiles = Object.fromEntries(
    RosterEntities.map((entity) => [entity, ObjectNames.normalised(importId, entity)]),
  ) as Record<RosterEntity, string>

  return {
    type: "import.validated",
    version: 1,
    id: `${importId}:validated`,
    occurredAt: new Date().toISOString(),
    districtId,
    data: { importId, normalisedFiles, files },
  }
}
