export { administratorOf, authentication, principalOf } from "./access/authentication.js"
export {
  createDistrict,
  findPrincipal,
  type IssuedToken,
  issueToken,
  revokeToken,
} from "./access/districts.js"
export type { Principal } from "./access/principal.js"
export { digestToken, generateToken } from "./access/tokens.js"
export { migrateRecords, runMigrations } from "./db/migrate-records.js"
export { RecordErrors } from "./errors.js"
export { createImport, type NewImport } from "./imports/create-import.js"
export { findImport, readImport, toListItem } from "./imports/find-import.js"
export type {
  DecisionView,
  ImportListItem,
  ImportView,
  TimelineEntry,
} from "./imports/import-view.js"
export {
  decodeCursor,
  encodeCursor,
  type ImportListOptions,
  type ImportPage,
  listImports,
} from "./imports/list-imports.js"
export {
  listProblems,
  type ProblemFilter,
  type ProblemPage,
  streamProblems,
} from "./imports/list-problems.js"
export { replaceProblems } from "./imports/record-problems.js"
export {
  type Executor,
  type ImportFacts,
  statusesLeadingTo,
  transitionImport,
} from "./imports/transition-import.js"
export * from "./schema/index.js"
export {
  type ImportSettingsChange,
  listImportSettingsChanges,
  readImportSettings,
  type SavedImportSettings,
  saveImportSettings,
} from "./settings/import-settings.js"
export {
  ensureSftpAccount,
  findSftpAccount,
  type SftpAccount,
  setSftpPassword,
  setSftpPublicKeys,
} from "./sftp/sftp-account.js"
export { findSftpLogin, type SftpLogin } from "./sftp/sftp-login.js"
export { generateSftpUsername, isSftpUsername } from "./sftp/sftp-username.js"
