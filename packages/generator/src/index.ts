export type { BundleFileSummary, BundleSummary, GeneratedBundle } from "./bundle.js"
export { generateBundle, writeBundle } from "./bundle.js"
export type { ClassTeacher, DistrictDescription, OrgSummary } from "./describe.js"
export { coTaughtClassSourcedIds, describeDistrict, teachersOfClass } from "./describe.js"
export { expectedChanges } from "./expected-changes.js"
export type { StudentUpdateKind } from "./model/churn.js"
export { StudentUpdateKinds } from "./model/churn.js"
export type {
  ChurnRates,
  DistrictOptions,
  DistrictShape,
  DistrictSize,
} from "./options.js"
export { DistrictShapes, DistrictSizes } from "./options.js"
