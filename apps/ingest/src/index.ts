export { IngestErrors } from "./errors.js"
export {
  type IncomingBundle,
  type IngestDependencies,
  type ReceivedImport,
  receiveBundle,
} from "./imports/receive-bundle.js"
export type { BundleStorage, StoredBundle } from "./imports/store-bundle.js"
export { ingestService } from "./service.js"
