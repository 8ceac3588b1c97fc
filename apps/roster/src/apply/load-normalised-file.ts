import { pipeline } from "node:stream/promises"
import type { RosterEntity } from "@homeroom/contracts"
import type { JetStreamClient } from "@nats-io/jetstream"
import type { ObjectStore } from "@nats-io/obj"
import type { TransactionSql } from "postgres"
import { RosterErrors } from "../errors.js"
import { openStoredFile } from "./open-stored-file.js"
import { copyStatement } from "./staging-tables.js"

/** Where normalised files are read from. */
export interface FileSource {
  readonly jetstream: JetStreamClient
  readonly importFiles: ObjectStore
}

/**
 * Streams an entity's normalised file from the Object Store straight into its staging
 * table with `COPY`. The pipeline honours backpressure end to end, so memory stays flat
 * whatever the file's size; a file that fails its digest check fails the pipeline and
 * rolls the transaction back.
 */
export async function loadNormalisedFile(
  sql: TransactionSql,
  source: FileSource,
  entity: RosterEntity,
  objectName: string,
): Promise<void> {
  const file = await openStoredFile(source.jetstream, source.importFiles, objectName)
  if (!file) throw RosterErrors.NORMALISED_FILE_MISSING(entity, objectName)

  const copy = await sql.unsafe(copyStatement(entity)).writable()
  await pipeline(file, copy)
}
