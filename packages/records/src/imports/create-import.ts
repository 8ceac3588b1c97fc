import type { ImportSource } from "@homeroom/contracts"
import type { Database } from "@homeroom/service-kit"
import { importTransitions } from "../schema/import-transitions.js"
import { imports } from "../schema/imports.js"

/** What is known of an import when its bundle has been stored. */
export interface NewImport {
  readonly id: string
  readonly districtId: string
  readonly source: ImportSource
  readonly fileName: string
  readonly sizeBytes: number
  readonly sha256: string
  readonly objectName: string
  /** A dry run is validated and reported only. */
  readonly dryRun?: boolean
}

/** Records a received import, with `received` as the first entry of its timeline. */
export async function createImport(database: Database, value: NewImport): Promise<void> {
  await database.transaction(async (transaction) => {
    await transaction.insert(imports).values({ ...value, status: "received" })
    await transaction
      .insert(importTransitions)
      .values({ importId: value.id, status: "received" })
  })
}
