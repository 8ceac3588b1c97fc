import { randomUUID } from "node:crypto"
import {
  type ImportValidated,
  ObjectNames,
  RosterEntities,
  type RosterEntity,
  Subjects,
} from "@homeroom/contracts"
import { createImport, readImport, transitionImport } from "@homeroom/records"
import { publishMessage } from "@homeroom/service-kit"
import { waitFor } from "@homeroom/testing"
import { type NormalisedFiles, normalisedCsv } from "./normalised-csv.js"
import type { RosterFixture } from "./roster-fixture.js"

/** An import prepared as validation leaves it: files stored, import `validated`. */
export interface ValidatedImport {
  readonly importId: string
  readonly message: ImportValidated
}

/**
 * Does what ingest and validation do before the roster's turn: records the import,
 * moves it to `validated` and stores its normalised files. Entities listed in `omit`
 * get no file, to stand for a file lost from the store.
 */
export async function prepareValidatedImport(
  fixture: RosterFixture,
  districtId: string,
  files: NormalisedFiles,
  omit: readonly RosterEntity[] = [],
): Promise<ValidatedImport> {
  const importId = randomUUID()
  const database = fixture.database()
  await createImport(database, {
    id: importId,
    districtId,
    source: "upload",
    fileName: "roster.zip",
    sizeBytes: 100,
    sha256: "0".repeat(64),
    objectName: ObjectNames.bundle(importId),
  })
  await transitionImport(database, importId, "validating")
  await transitionImport(database, importId, "validated", { files: [] })

  for (const entity of RosterEntities.filter((entity) => !omit.includes(entity))) {
    await storeNormalisedFile(
      fixture,
      importId,
      entity,
      normalisedCsv(entity, files[entity]),
    )
  }
  return { importId, message: validatedMessage(districtId, importId) }
}

/** Stores one normalised file where the import's message says it is. */
export async function storeNormalisedFile(
  fixture: RosterFixture,
  importId: string,
  entity: RosterEntity,
  csv: string,
) {
  const name = ObjectNames.normalised(importId, entity)
  await fixture.importFiles().putBlob({ name }, new TextEncoder().encode(csv))
}

/** Publishes `imports.validated` for a prepared import, under a fresh message id. */
export async function publishValidated(
  fixture: RosterFixture,
  prepared: ValidatedImport,
) {
  const message = {
    ...prepared.message,
    id: `${prepared.importId}:validated:${randomUUID()}`,
  }
  await publishMessage(fixture.jetstream(), Subjects.importValidated, message)
}

/** Prepares an import, hands it to the roster service and waits until it is applied. */
export async function applyImport(
  fixture: RosterFixture,
  districtId: string,
  files: NormalisedFiles,
): Promise<ValidatedImport> {
  const prepared = await prepareValidatedImport(fixture, districtId, files)
  await publishValidated(fixture, prepared)
  await waitForStatus(fixture, prepared.importId, "applied")
  return prepared
}

/** Waits until an import reaches a status. */
export async function waitForStatus(
  fixture: RosterFixture,
  importId: string,
  status: string,
) {
  await waitFor(
    async () => (await readImport(fixture.database(), importId))?.status === status,
    { what: `import ${importId} to be ${status}`, timeoutMs: 30_000 },
  )
}

function validatedMessage(districtId: string, importId: string): ImportValidated {
  const normalisedFiles = {
    orgs: ObjectNames.normalised(importId, "orgs"),
    academicSessions: ObjectNames.normalised(importId, "academicSessions"),
    users: ObjectNames.normalised(importId, "users"),
    classes: ObjectNames.normalised(importId, "classes"),
    enrollments: ObjectNames.normalised(importId, "enrollments"),
  }
  return {
    type: "import.validated",
    version: 1,
    id: `${importId}:validated`,
    occurredAt: new Date().toISOString(),
    districtId,
    data: { importId, normalisedFiles, files: [] },
  }
}

/** Waits until the roster's outbox has nothing left to publish. */
export async function waitForOutboxPublished(fixture: RosterFixture) {
  const sql = fixture.database().$client
  await waitFor(
    async () => {
      const [row] = await sql`
        select count(*)::int as waiting from roster_outbox where published_at is null`
      return row?.["waiting"] === 0
    },
    { what: "the outbox to be published" },
  )
}
