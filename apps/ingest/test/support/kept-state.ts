import { ImportFilesBucket, Streams } from "@homeroom/contracts"
import { imports } from "@homeroom/records"
import type { IngestHarness } from "./ingest-harness.js"

/** Everything an upload can leave behind, counted. */
export interface KeptState {
  readonly importRows: number
  readonly objects: number
  readonly objectChunks: number
  readonly pipelineMessages: number
}

/** Counts import rows, stored objects and their chunks, and pipeline messages. */
export async function keptState(harness: IngestHarness): Promise<KeptState> {
  const { database, importFiles } = harness.service.context
  const rows = await database.select({ id: imports.id }).from(imports)
  const bucket = await harness.streams.streams.info(`OBJ_${ImportFilesBucket}`, {
    subjects_filter: `$O.${ImportFilesBucket}.C.>`,
  })
  const pipeline = await harness.streams.streams.info(Streams.imports.name)

  return {
    importRows: rows.length,
    objects: (await importFiles.list()).length,
    objectChunks: Object.values(bucket.state.subjects ?? {}).reduce(
      (sum, n) => sum + n,
      0,
    ),
    pipelineMessages: pipeline.state.messages,
  }
}
