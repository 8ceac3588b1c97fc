export * from "./imports/problem.js"
export * from "./imports/settings-schemas.js"
export * from "./imports/status.js"
export * from "./imports/summary.js"
export * from "./imports/thresholds.js"
export * from "./messaging/envelopes.js"
export * from "./messaging/subjects.js"
export * from "./messaging/topology.js"
export type {
  ColumnFormat,
  ColumnRequirement,
  ColumnSpec,
  OneRosterFileName,
} from "./oneroster/column.js"
export * from "./oneroster/entities.js"
export * from "./oneroster/files.js"
export * from "./oneroster/vocabularies.js"
